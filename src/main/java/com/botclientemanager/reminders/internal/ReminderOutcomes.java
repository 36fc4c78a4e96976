package com.botclientemanager.reminders.internal;

import com.botclientemanager.clients.ClientDirectory;
import com.botclientemanager.clients.ClientMessageData;
import com.botclientemanager.reminders.PlannedReminder;
import com.botclientemanager.templates.MessageComposer;
import com.botclientemanager.templates.TemplateService;
import com.botclientemanager.whatsapp.MessagingService;
import com.botclientemanager.whatsapp.SendRequest;
import java.util.UUID;

/** What the message log knows about a reminder: the engine's view of the messaging module. */
public class ReminderOutcomes {

    private final MessagingService messaging;
    private final ClientDirectory clients;
    private final TemplateService templates;
    private final MessageComposer composer;

    public ReminderOutcomes(MessagingService messaging, ClientDirectory clients, TemplateService templates,
            MessageComposer composer) {
        this.messaging = messaging;
        this.clients = clients;
        this.templates = templates;
        this.composer = composer;
    }

    /** Sent, simulated, delivered, read, failed for good, or missed: nothing more to do for this reminder. */
    public boolean hasFinalOutcome(UUID key) {
        return messaging.hasFinalOutcome(key.toString());
    }

    /** Any trace in the message log, final or not. */
    public boolean hasOutcome(UUID key) {
        return messaging.hasRecord(key.toString());
    }

    /** Records a reminder of a past day that never went out, with the text it would have had, so it can be sent now. */
    public void recordMissed(PlannedReminder reminder) {
        String text = clients.find(reminder.clientId()).flatMap(client -> templates.find(reminder.templateId())
                        .map(template -> composer.compose(template, client.customMessageBeforeDue(),
                                client.customMessageDueDay(), ClientMessageData.of(client, reminder.sendDay())).text()))
                .orElse("");
        messaging.recordMissed(SendRequest.text(reminder.clientId(), reminder.clientName(), reminder.phone(),
                reminder.kind(), text, reminder.key().toString()));
    }
}
