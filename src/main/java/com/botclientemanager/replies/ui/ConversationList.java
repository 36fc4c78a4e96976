package com.botclientemanager.replies.ui;

import com.botclientemanager.replies.ConversationSummary;
import com.botclientemanager.replies.Conversations;
import com.botclientemanager.replies.UnknownSender;
import com.botclientemanager.ui.AppTimes;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;

/** The left pane: the latest threads (name, preview, time, unread count), then the unknown numbers to link. */
class ConversationList extends Div {

    private final Conversations conversations;
    private final AppTimes times;
    private final Consumer<ConversationSummary> onOpen;
    private final Consumer<UnknownSender> onLink;
    private final Div threads = new Div();
    private final Div unknown = new Div();

    ConversationList(Conversations conversations, AppTimes times, Consumer<ConversationSummary> onOpen,
            Consumer<UnknownSender> onLink) {
        this.conversations = conversations;
        this.times = times;
        this.onOpen = onOpen;
        this.onLink = onLink;
        addClassNames("conversation-list-pane");
        threads.setId("conversation-list");
        unknown.setId("conversation-unknown");
        add(threads, unknown);
    }

    void refresh(String openClientId) {
        threads.removeAll();
        List<ConversationSummary> summaries = conversations.threads();
        if (summaries.isEmpty()) {
            threads.add(new Paragraph(getTranslation("conversations.empty")));
        }
        summaries.forEach(summary -> threads.add(item(summary, summary.clientId().equals(openClientId))));
        unknown.removeAll();
        List<UnknownSender> senders = conversations.unknownSenders();
        if (!senders.isEmpty()) {
            unknown.add(new H4(getTranslation("conversations.unknown.title")));
            senders.forEach(sender -> unknown.add(unknownItem(sender)));
        }
    }

    private Div item(ConversationSummary summary, boolean open) {
        Span name = new Span(summary.clientName());
        name.addClassNames("conversation-name");
        Span time = new Span(time(summary.lastAt()));
        time.addClassNames("conversation-time");
        Span preview = new Span(Previews.of(summary.preview(), summary.mediaType(), this::getTranslation));
        preview.addClassNames("conversation-preview");
        Div item = new Div(name, time, preview);
        if (summary.unread() > 0) {
            Span badge = new Span(Integer.toString(summary.unread()));
            badge.getElement().getThemeList().add("badge primary pill small");
            badge.addClassNames("conversation-unread");
            badge.getElement().setAttribute("aria-label", getTranslation("conversations.unread", summary.unread()));
            item.add(badge);
        }
        item.addClassNames("conversation-item");
        if (open) {
            item.addClassNames("open");
        }
        item.getElement().setAttribute("data-client", summary.clientId());
        item.getElement().setAttribute("role", "button");
        item.getElement().setAttribute("tabindex", "0");
        item.addClickListener(e -> onOpen.accept(summary));
        return item;
    }

    private Div unknownItem(UnknownSender sender) {
        Span who = new Span(label(sender));
        who.addClassNames("conversation-name");
        Span time = new Span(time(sender.lastAt()));
        time.addClassNames("conversation-time");
        Span preview = new Span(Previews.of(sender.preview(), null, this::getTranslation));
        preview.addClassNames("conversation-preview");
        Button link = new Button(getTranslation("conversations.unknown.link"), e -> onLink.accept(sender));
        link.addThemeVariants(ButtonVariant.LUMO_SMALL);
        link.addClassNames("conversation-link");
        Div item = new Div(who, time, preview, link);
        item.addClassNames("conversation-item", "unknown");
        return item;
    }

    static String label(UnknownSender sender) {
        String id = sender.phone() != null ? "+" + sender.phone() : sender.lid() != null ? sender.lid() : sender.userId();
        return sender.name() == null || sender.name().isBlank() ? id : sender.name() + " · " + id;
    }

    private String time(Instant at) {
        return times.timeOrDateTime(at, times.today(), getLocale());
    }
}
