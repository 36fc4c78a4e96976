package com.botclientemanager.replies.ui;

import com.botclientemanager.replies.ConversationEntry;
import com.botclientemanager.replies.ConversationReplies;
import com.botclientemanager.replies.ConversationThread;
import com.botclientemanager.replies.Conversations;
import com.botclientemanager.templates.MessageTemplate;
import com.botclientemanager.ui.AppTimes;
import com.botclientemanager.ui.Notices;
import com.botclientemanager.validation.UserFacingException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;

/**
 * The right pane (the whole screen on a phone): one client's messages, oldest first, the newest 200 with "Carregar
 * anteriores", and the reply box. Opening or refreshing it marks the thread read. A failed send keeps the typed text.
 */
class ThreadPane extends Div {

    static final int PAGE = 200;

    private final Conversations conversations;
    private final ConversationReplies replies;
    private final AppTimes times;
    private final H3 name = new H3();
    private final Button older = new Button();
    private final Div messages = new Div();
    private final TextArea text = new TextArea();
    private final Div freeText = new Div();
    private final Div templateOnly = new Div();
    private final Select<MessageTemplate> template = new Select<>();
    private String clientId;
    private int limit = PAGE;

    ThreadPane(Conversations conversations, ConversationReplies replies, AppTimes times, Runnable onBack) {
        this.conversations = conversations;
        this.replies = replies;
        this.times = times;
        addClassNames("conversation-thread-pane");
        setId("conversation-thread");
        Button back = new Button(VaadinIcon.ARROW_LEFT.create(), e -> onBack.run());
        back.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        back.setAriaLabel(getTranslation("conversations.back"));
        back.setId("conversation-back");
        back.addClassNames("conversation-back");
        Div header = new Div(back, name);
        header.addClassNames("conversation-header");
        older.setText(getTranslation("conversations.older"));
        older.setId("conversation-older");
        older.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        older.addClickListener(e -> {
            limit += PAGE;
            reload();
        });
        messages.setId("conversation-messages");
        messages.addClassNames("conversation-messages");
        add(header, messages, replyBox());
        setVisible(false);
    }

    private Div replyBox() {
        text.setId("conversation-reply-text");
        text.setPlaceholder(getTranslation("conversations.reply.placeholder"));
        text.setAriaLabel(getTranslation("conversations.reply.placeholder"));
        text.setMaxLength(ConversationReplies.MAX_TEXT);
        text.setWidthFull();
        Button send = new Button(getTranslation("conversations.reply.send"), VaadinIcon.PAPERPLANE.create(),
                e -> send(() -> replies.reply(clientId, text.getValue()), true));
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.setId("conversation-reply-send");
        freeText.add(text, send);
        freeText.addClassNames("conversation-reply");

        Paragraph why = new Paragraph(getTranslation("conversations.reply.window"));
        why.setId("conversation-window");
        template.setLabel(getTranslation("conversations.reply.template"));
        template.setItemLabelGenerator(MessageTemplate::name);
        template.setId("conversation-reply-template");
        Button sendTemplate = new Button(getTranslation("conversations.reply.send"), e -> send(
                () -> replies.replyWithTemplate(clientId, template.getValue() == null ? null : template.getValue().id()),
                false));
        sendTemplate.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        sendTemplate.setId("conversation-reply-send-template");
        templateOnly.add(why, template, sendTemplate);
        templateOnly.addClassNames("conversation-reply");
        return new Div(freeText, templateOnly);
    }

    void show(String clientId, String clientName) {
        if (!clientId.equals(this.clientId)) {
            text.clear();
            limit = PAGE;
        }
        this.clientId = clientId;
        name.setText(clientName);
        setVisible(true);
        reload();
    }

    String clientId() {
        return clientId;
    }

    void close() {
        clientId = null;
        setVisible(false);
    }

    /** Shows the thread as stored now and marks it read (the reseller is looking at it). */
    void reload() {
        if (clientId == null) {
            return;
        }
        ConversationThread thread = conversations.thread(clientId, limit);
        messages.removeAll();
        if (thread.hasOlder()) {
            messages.add(older);
        }
        thread.entries().forEach(entry -> messages.add(bubble(entry)));
        messages.getElement().executeJs("this.scrollTop = this.scrollHeight");
        conversations.markRead(clientId);
        boolean free = conversations.freeTextAllowed(clientId);
        freeText.setVisible(free);
        templateOnly.setVisible(!free);
        if (!free && template.getValue() == null) {
            template.setItems(replies.templates());
        }
    }

    private Div bubble(ConversationEntry entry) {
        Div body = new Div(Previews.of(entry.text(), entry.mediaType(), this::getTranslation));
        body.addClassNames("bubble-text");
        String when = times.timeOrDateTime(entry.at(), times.today(), getLocale());
        String meta = entry.status() != null ? when + " · " + getTranslation("conversations.status." + entry.status())
                : entry.fromPhone() ? when + " · " + getTranslation("conversations.from-phone") : when;
        Span metaLine = new Span(meta);
        metaLine.addClassNames("bubble-meta");
        Div bubble = new Div(body, metaLine);
        bubble.addClassNames("bubble", entry.incoming() ? "incoming" : "outgoing");
        return bubble;
    }

    private void send(Runnable sending, boolean clearText) {
        try {
            sending.run();
        } catch (UserFacingException e) {
            Notices.error(getTranslation(e.messageKey(), e.arguments()));
            return;
        }
        if (clearText) {
            text.clear();
        }
        Notices.success(getTranslation("conversations.reply.sent"));
        reload();
    }
}
