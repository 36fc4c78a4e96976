package com.botclientemanager.dashboard;

import com.botclientemanager.reminders.PlannedReminder;
import com.botclientemanager.reminders.ReminderProperties;
import com.botclientemanager.reminders.ReminderQueries;
import com.botclientemanager.whatsapp.ConnectionStatus;
import com.botclientemanager.whatsapp.SendingSettings;
import com.botclientemanager.whatsapp.SendingSettingsService;
import com.botclientemanager.whatsapp.WhatsAppConnection;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.Optional;
import org.springframework.stereotype.Service;

/** The dashboard's status line: is WhatsApp linked, and when does the next reminder go out, to whom. */
@Service
public class StatusLineService {

    private final WhatsAppConnection whatsapp;
    private final ReminderQueries reminders;
    private final SendingSettingsService sending;
    private final ReminderProperties properties;
    private final Clock clock;

    public StatusLineService(WhatsAppConnection whatsapp, ReminderQueries reminders, SendingSettingsService sending,
            ReminderProperties properties, Clock clock) {
        this.whatsapp = whatsapp;
        this.reminders = reminders;
        this.sending = sending;
        this.properties = properties;
        this.clock = clock;
    }

    /** While reminders are waiting to go out: how many, when they finish at the saved pace, what the window leaves. */
    public Optional<QueueForecast> queue() {
        int queued = reminders.queued();
        if (queued == 0) {
            return Optional.empty();
        }
        SendingSettings settings = sending.current();
        return Optional.of(QueueForecast.of(queued, settings.ratePerMinute(), ZonedDateTime.now(clock.withZone(properties.zone())),
                settings.windowEnd()));
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
