package com.botclientemanager.replies.ui;

import com.botclientemanager.replies.ConversationChanged;
import com.botclientemanager.replies.ConversationReplies;
import com.botclientemanager.replies.ConversationSummary;
import com.botclientemanager.replies.Conversations;
import com.botclientemanager.ui.AppPage;
import com.botclientemanager.ui.AppTimes;
import com.botclientemanager.ui.LiveUpdates;
import com.botclientemanager.ui.MainLayout;
import com.botclientemanager.whatsapp.MessageStatusChanged;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.OptionalParameter;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Objects;

/**
 * Conversas: the threads on the left and the open one on the right; on a phone one pane at a time, with a back button.
 * A message arriving or a status changing reaches the page through {@link LiveUpdates} (the webhook only publishes).
 * {@code conversations/<client id>} opens that client's thread (a notification's link).
 */
@Route(value = "conversations", layout = MainLayout.class)
@PermitAll
public class ConversationsView extends AppPage implements HasUrlParameter<String> {

    private final LiveUpdates live;
    private final Conversations conversations;
    private final Div panes = new Div();
    private final ConversationList list;
    private final ThreadPane thread;

    public ConversationsView(Conversations conversations, ConversationReplies replies, AppTimes times,
            LiveUpdates live) {
        super("conversations.title", "conversations.description");
        this.live = live;
        this.conversations = conversations;
        addClassNames("conversations-page");
        thread = new ThreadPane(conversations, replies, times, this::back);
        list = new ConversationList(conversations, times, this::open,
                sender -> new LinkDialog(conversations, sender, this::refreshList).open());
        panes.addClassNames("conversations");
        panes.setId("conversations");
        panes.add(list, thread);
        add(panes);
        refreshList();
        live.whileAttached(this, this::changed, ConversationChanged.class, MessageStatusChanged.class);
    }

    @Override
    public void setParameter(BeforeEvent event, @OptionalParameter String clientId) {
        conversations.clientName(clientId).ifPresent(name -> openThread(clientId, name));
    }

    private void changed(List<Object> events) {
        String open = thread.clientId();
        boolean openChanged = open != null && events.stream().anyMatch(e -> e instanceof ConversationChanged c
                ? Objects.equals(c.clientId(), open)
                : e instanceof MessageStatusChanged s && Objects.equals(s.clientId(), open));
        if (openChanged) {
            thread.reload();
        }
        refreshList();
    }

    private void open(ConversationSummary summary) {
        openThread(summary.clientId(), summary.clientName());
    }

    private void openThread(String clientId, String clientName) {
        thread.show(clientId, clientName);
        panes.addClassNames("thread-open");
        refreshList();
    }

    private void back() {
        thread.close();
        panes.removeClassName("thread-open");
        refreshList();
    }

    private void refreshList() {
        list.refresh(thread.clientId());
    }
}
