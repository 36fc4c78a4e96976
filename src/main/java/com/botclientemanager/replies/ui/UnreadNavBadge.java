package com.botclientemanager.replies.ui;

import com.botclientemanager.replies.ConversationChanged;
import com.botclientemanager.replies.Conversations;
import com.botclientemanager.ui.LiveUpdates;
import com.botclientemanager.ui.NavBadge;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.shared.Registration;

/** The unread count beside "Conversas" in the navigation, kept current while the page is open. */
@org.springframework.stereotype.Component
class UnreadNavBadge implements NavBadge {

    private final Conversations conversations;
    private final LiveUpdates live;

    UnreadNavBadge(Conversations conversations, LiveUpdates live) {
        this.conversations = conversations;
        this.live = live;
    }

    @Override
    public String path() {
        return "conversations";
    }

    @Override
    public Component create() {
        return new Badge();
    }

    private final class Badge extends Span {

        private Registration subscription;

        Badge() {
            setId("conversations-unread");
            getElement().getThemeList().add("badge primary pill small");
            show();
        }

        @Override
        protected void onAttach(AttachEvent event) {
            subscription = live.subscribe(event.getUI(), changes -> show(), ConversationChanged.class);
        }

        @Override
        protected void onDetach(DetachEvent event) {
            if (subscription != null) {
                subscription.remove();
                subscription = null;
            }
        }

        private void show() {
            int unread = conversations.unreadTotal();
            setVisible(unread > 0);
            setText(unread > 99 ? "99+" : Integer.toString(unread));
            getElement().setAttribute("aria-label", getTranslation("conversations.unread", unread));
        }
    }
}
