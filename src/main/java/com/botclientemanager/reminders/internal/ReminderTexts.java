package com.botclientemanager.reminders.internal;

import com.botclientemanager.clients.Client;
import com.botclientemanager.clients.ClientMessageData;
import com.botclientemanager.templates.MessageData;
import com.botclientemanager.templates.MessageTemplate;
import com.botclientemanager.templates.RenderedMessage;
import com.botclientemanager.templates.TemplateService;
import com.botclientemanager.whatsapp.CloudTemplate;
import java.time.LocalDate;

/** The text of a reminder for one client: the client's own message for the kind, else the template, rendered. */
final class ReminderTexts {

    private ReminderTexts() {
    }

    static MessageData data(Client client, LocalDate today) {
        return ClientMessageData.of(client, today);
    }

    static RenderedMessage render(TemplateService templates, MessageTemplate template, Client client, MessageData data) {
        String body = templates.bodyFor(template, client.customMessageBeforeDue(), client.customMessageDueDay());
        return templates.render(body, data, templates.messageLocale());
    }

    /** The Cloud API template to send instead of free text, when the template is mapped onto one. */
    static CloudTemplate cloudTemplate(TemplateService templates, MessageTemplate template, MessageData data) {
        if (template.cloud() == null) {
            return null;
        }
        return new CloudTemplate(template.cloud().name(), template.cloud().language(),
                templates.cloudParameters(template, data, templates.messageLocale()));
    }
}
