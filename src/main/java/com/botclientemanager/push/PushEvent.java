package com.botclientemanager.push;

import java.util.Locale;

/** What a user can be notified of; each user turns any of them off in Settings > Notificações. */
public enum PushEvent {
    REMINDERS_FAILED,
    DAILY_SUMMARY,
    WHATSAPP_DISCONNECTED,
    APP_PROBLEM,
    CLIENT_REPLIED,
    PAYMENT_TO_CONFIRM,
    PAYMENT_CONFIRMED;

    public String labelKey() {
        return "push.event." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
