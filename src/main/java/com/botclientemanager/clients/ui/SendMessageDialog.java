package com.botclientemanager.clients.ui;

import com.botclientemanager.clients.ClientException;
import com.botclientemanager.clients.ManualSends;
import com.botclientemanager.clients.ManualSends.Recipients;
import com.botclientemanager.clients.MessageChoice;
import com.botclientemanager.clients.SendReport;
import com.botclientemanager.templates.MessageTemplate;
import com.botclientemanager.templates.RenderedMessage;
import com.botclientemanager.templates.TemplateKind;
import com.botclientemanager.templates.TemplateService;
import com.botclientemanager.ui.Notices;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * "Enviar mensagem": a template or free text for one or several clients, the message as the first of them reads it,
 * and how many are skipped (inactive, not on WhatsApp). Several clients are sent in the background at the WhatsApp pace.
 */
class SendMessageDialog extends Dialog {

    /** The "Texto livre" entry of the template list. */
    private static final MessageTemplate FREE_TEXT = new MessageTemplate(null, "", TemplateKind.MANUAL, null, null, true,
            "", null);

    /** The message log's route (the WhatsApp module's view). */
    private static final String MESSAGES_ROUTE = "/messages";

    private final ManualSends messages;
    private final Recipients recipients;
    private final Set<String> ids;
    private final Runnable onSent;
    private final Select<MessageTemplate> template = new Select<>();
    private final TextArea text = new TextArea();
    private final MessageBubble preview = new MessageBubble("send-preview");
    private final Span previewFor = new Span();

    SendMessageDialog(ManualSends messages, Collection<String> clientIds, boolean phoneWidth, Runnable onSent) {
        this.messages = messages;
        this.ids = Set.copyOf(clientIds);
        this.recipients = messages.recipients(ids);
        this.onSent = onSent;
        setId("send-dialog");
        setHeaderTitle(getTranslation("clients.send.title"));
        setWidth(phoneWidth ? "100vw" : "560px");

        Paragraph who = new Paragraph(recipients.clients().size() == 1
                ? getTranslation("clients.send.to-one", recipients.clients().getFirst().name())
                : getTranslation("clients.send.to-many", recipients.clients().size()));
        who.setId("send-recipients");
        VerticalLayout content = new VerticalLayout(who);
        content.setPadding(false);
        if (recipients.inactive() + recipients.notOnWhatsApp() > 0) {
            Span skipped = new Span(getTranslation("clients.send.skipped", recipients.inactive(), recipients.notOnWhatsApp()));
            skipped.setId("send-skipped");
            skipped.addClassName("form-hint");
            content.add(skipped);
        }

        List<MessageTemplate> items = new ArrayList<>(messages.templates());
        items.add(FREE_TEXT);
        template.setLabel(getTranslation("clients.send.template"));
        template.setId("send-template");
        template.setItems(items);
        template.setItemLabelGenerator(t -> t == FREE_TEXT ? getTranslation("clients.send.free-text")
                : t.name() + " · " + getTranslation(t.kind().labelKey()));
        template.setWidthFull();
        template.setValue(items.stream().filter(t -> t.kind() == TemplateKind.MANUAL).findFirst().orElse(FREE_TEXT));
        template.addValueChangeListener(e -> choiceChanged());

        text.setLabel(getTranslation("clients.send.text"));
        text.setId("send-text");
        text.setHelperText(getTranslation("clients.send.text.helper"));
        text.setMaxLength(TemplateService.MAX_BODY);
        text.setWidthFull();
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setValueChangeTimeout(300);
        text.addValueChangeListener(e -> updatePreview());

        previewFor.addClassName("form-hint");
        content.add(template, text, previewFor, preview);
        add(content);

        Button cancel = new Button(getTranslation("clients.action.cancel"), e -> close());
        Button send = new Button(getTranslation("clients.send.confirm"), e -> send());
        send.setId("send-confirm");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.setEnabled(!recipients.clients().isEmpty());
        getFooter().add(cancel, send);
        choiceChanged();
    }

    private void choiceChanged() {
        text.setVisible(template.getValue() == FREE_TEXT);
        updatePreview();
    }

    private MessageChoice choice() {
        MessageTemplate chosen = template.getValue();
        return chosen == null || chosen == FREE_TEXT ? MessageChoice.freeText(text.getValue())
                : MessageChoice.template(chosen.id());
    }

    private void updatePreview() {
        if (recipients.clients().isEmpty()) {
            previewFor.setText(getTranslation("clients.send.nobody"));
            preview.show("", List.of(), List.of());
            return;
        }
        var first = recipients.clients().getFirst();
        previewFor.setText(getTranslation("clients.send.preview-for", first.name()));
        MessageChoice choice = choice();
        if (choice.templateId() == null && (choice.text() == null || choice.text().isBlank())) {
            preview.show("", List.of(), List.of());
            return;
        }
        try {
            RenderedMessage rendered = messages.render(choice, first);
            List<String> unknown = choice.text() == null ? List.of() : messages.unknownPlaceholders(choice.text());
            preview.show(rendered.text(), unknown, rendered.missing().stream().filter(n -> !unknown.contains(n)).toList());
        } catch (ClientException e) {
            preview.show("", List.of(), List.of());
        }
    }

    /** Sends at once, or first asks when a placeholder would go out empty (see {@link EmptyPlaceholdersDialog}). */
    private void send() {
        List<String> empty = messages.emptyPlaceholders(ids, choice());
        if (empty.isEmpty()) {
            send(List.of());
        } else {
            new EmptyPlaceholdersDialog(empty, () -> send(empty)).open();
        }
    }

    private void send(List<String> confirmedEmpty) {
        SendReport report = messages.send(ids, choice(), confirmedEmpty);
        close();
        onSent.run();
        Notification notification = new Notification();
        notification.setDuration(8000);
        Notices.place(notification);
        if (report.sent() > 0 && report.failed() == 0) {
            notification.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } else if (report.failed() > 0) {
            notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
        Span summary = new Span(getTranslation("clients.send.result", report.sent(), report.failed(), report.queued(),
                report.skipped()));
        summary.setId("send-result");
        Anchor log = new Anchor(MESSAGES_ROUTE, getTranslation("clients.send.open-log"));
        log.setId("send-open-log");
        VerticalLayout layout = new VerticalLayout(summary, log);
        layout.setPadding(false);
        layout.setSpacing(false);
        notification.add(layout);
        notification.open();
    }
}
