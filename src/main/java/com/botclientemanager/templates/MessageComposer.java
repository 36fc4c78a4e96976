package com.botclientemanager.templates;

import com.botclientemanager.whatsapp.CloudTemplate;
import java.util.Objects;
import org.springframework.stereotype.Service;

/**
 * How an outgoing message is written, the one way for reminders, "Enviar agora", the renewal confirmation and the
 * test send: the body (a client's own message for the template's kind wins over the template's text), rendered in the
 * message language, and the Cloud API template call with its values when the template is mapped onto one.
 */
@Service
public class MessageComposer {

    private final TemplateService templates;

    public MessageComposer(TemplateService templates) {
        this.templates = templates;
    }

    /**
     * A template for one client.
     *
     * @param ownBeforeDue the client's own message for before_due templates (seed {@code custom_message_3days}), or null
     * @param ownDueDay    the client's own message for due_day templates (seed {@code custom_message_payment}), or null
     */
    public ComposedMessage compose(MessageTemplate template, String ownBeforeDue, String ownDueDay, MessageData data) {
        RenderedMessage rendered = render(bodyFor(template, ownBeforeDue, ownDueDay), data);
        return new ComposedMessage(rendered, cloudTemplate(template, data));
    }

    /** A text the user wrote (free text, a test, a client's own message in the form), without a Cloud template. */
    public ComposedMessage compose(String text, MessageData data) {
        return new ComposedMessage(render(text, data), null);
    }

    /**
     * The body to use for this template and client: a client's own message for the template's kind replaces the
     * template's text when set.
     */
    public static String bodyFor(MessageTemplate template, String ownBeforeDue, String ownDueDay) {
        String own = switch (template.kind()) {
            case BEFORE_DUE -> ownBeforeDue;
            case DUE_DAY -> ownDueDay;
            default -> null;
        };
        return own == null || own.isBlank() ? template.body() : own;
    }

    private RenderedMessage render(String body, MessageData data) {
        return templates.render(body, data, templates.messageLocale());
    }

    private CloudTemplate cloudTemplate(MessageTemplate template, MessageData data) {
        CloudTemplate mapping = template.cloud();
        if (mapping == null) {
            return null;
        }
        // a mapping edited by hand without name or language cannot be sent: fail before the message is logged
        Objects.requireNonNull(mapping.name(), "cloud template name");
        Objects.requireNonNull(mapping.language(), "cloud template language");
        return mapping.withParameters(templates.cloudParameters(template, data, templates.messageLocale()));
    }
}
