package com.botclientemanager.reminders.internal;

import com.botclientemanager.clients.ClientSettings;
import com.botclientemanager.reminders.ReminderProperties;
import com.botclientemanager.whatsapp.WhatsAppProperties;

/** The engine's rules and limits, from {@code app.reminders.*} and the WhatsApp sending settings. */
public class EngineSettings {

    private final ReminderProperties reminders;
    private final WhatsAppProperties whatsapp;
    private final ClientSettings clients;

    public EngineSettings(ReminderProperties reminders, WhatsAppProperties whatsapp, ClientSettings clients) {
        this.reminders = reminders;
        this.whatsapp = whatsapp;
        this.clients = clients;
    }

    public SendingPolicy policy() {
        return new SendingPolicy(reminders.zone(), whatsapp.windowStart(), whatsapp.windowEnd(), whatsapp.days());
    }

    public ReminderPlanner planner() {
        return new ReminderPlanner(policy(), clients.current().reminderTime());
    }

    public int ratePerMinute() {
        return whatsapp.ratePerMinute();
    }

    public int dailyCap() {
        return whatsapp.dailyCap();
    }

    public int catchUpDays() {
        return reminders.catchUpDays();
    }

    public int maxRetries() {
        return reminders.maxRetries();
    }
}
