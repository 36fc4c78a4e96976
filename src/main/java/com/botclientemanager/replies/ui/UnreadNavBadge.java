package com.botclientemanager.replies.ui;

import com.botclientemanager.replies.ConversationChanged;
import com.botclientemanager.replies.Conversations;
import com.botclientemanager.ui.LiveUpdates;
import com.botclientemanager.ui.NavBadge;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;

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

        Badge() {
            setId("conversations-unread");
            getElement().getThemeList().add("badge primary pill small");
            show();
            live.whileAttached(this, changes -> show(), ConversationChanged.class);
        }

        private void show() {
            int unread = conversations.unreadTotal();
            setVisible(unread > 0);
            setText(unread > 99 ? "99+" : Integer.toString(unread));
            getElement().setAttribute("aria-label", getTranslation("conversations.unread", unread));
        }
    }
}
