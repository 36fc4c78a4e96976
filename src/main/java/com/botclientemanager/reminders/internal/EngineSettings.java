package com.botclientemanager.reminders.internal;

import com.botclientemanager.clients.ClientSettingsService;
import com.botclientemanager.reminders.ReminderProperties;
import com.botclientemanager.whatsapp.SendingSettings;
import com.botclientemanager.whatsapp.SendingSettingsService;

/**
 * The engine's rules and limits: {@code app.reminders.*}, and the sending window and pacing as currently saved in the
 * settings (read on every call, so a change applies at the next sweep and send without a restart).
 */
public class EngineSettings {

    private final ReminderProperties reminders;
    private final SendingSettingsService sending;
    private final ClientSettingsService clients;

    public EngineSettings(ReminderProperties reminders, SendingSettingsService sending, ClientSettingsService clients) {
        this.reminders = reminders;
        this.sending = sending;
        this.clients = clients;
    }

    public SendingPolicy policy() {
        SendingSettings current = sending.current();
        return new SendingPolicy(reminders.zone(), current.windowStart(), current.windowEnd(), current.days());
    }

    public ReminderPlanner planner() {
        return new ReminderPlanner(policy(), clients.current().reminderTime());
    }

    public int ratePerMinute() {
        return sending.current().ratePerMinute();
    }

    public int dailyCap() {
        return sending.current().dailyCap();
    }

    public int catchUpDays() {
        return reminders.catchUpDays();
    }

    public int maxRetries() {
        return reminders.maxRetries();
    }
}
