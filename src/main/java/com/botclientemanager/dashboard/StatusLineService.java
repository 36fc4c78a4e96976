package com.botclientemanager.dashboard;

import com.botclientemanager.reminders.PlannedReminder;
import com.botclientemanager.reminders.ReminderQueries;
import com.botclientemanager.whatsapp.ConnectionStatus;
import com.botclientemanager.whatsapp.WhatsAppConnection;
import java.util.Optional;
import org.springframework.stereotype.Service;

/** The dashboard's status line: is WhatsApp linked, and when does the next reminder go out, to whom. */
@Service
public class StatusLineService {

    private final WhatsAppConnection whatsapp;
    private final ReminderQueries reminders;

    public StatusLineService(WhatsAppConnection whatsapp, ReminderQueries reminders) {
        this.whatsapp = whatsapp;
        this.reminders = reminders;
    }

    /** The WhatsApp link state; may ask the provider over the network, so call it off the request thread. */
    public ConnectionStatus whatsapp() {
        return whatsapp.status();
    }

    /** The next reminder the rules will send (planned in memory, cheap). */
    public Optional<PlannedReminder> nextReminder() {
        return reminders.next();
    }
}
