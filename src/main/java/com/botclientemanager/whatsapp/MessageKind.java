package com.botclientemanager.whatsapp;

import java.util.Locale;
import java.util.Set;

/**
 * The kinds of message the log can be filtered by, each covering the {@code kind} values the senders store: the
 * reminders' template kinds, "manual" for a message sent from the clients page, "confirmation" for a payment
 * confirmation, "welcome" and "test" for the rest.
 */
public enum MessageKind {
    REMINDER(Set.of("before_due", "due_day", "overdue")),
    MANUAL(Set.of("manual")),
    CONFIRMATION(Set.of("confirmation")),
    OTHER(Set.of("welcome", "test", "opt_out", "opt_in"));

    private final Set<String> stored;

    MessageKind(Set<String> stored) {
        this.stored = stored;
    }

    /** The {@code kind} values of the log this covers. */
    public Set<String> stored() {
        return stored;
    }

    public String labelKey() {
        return "messages.kindFilter." + name().toLowerCase(Locale.ROOT);
    }
}
