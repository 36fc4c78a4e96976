package com.botclientemanager.clients;

import java.time.LocalDate;

/** What the list's badge says about a client today; the order is the urgency order of the default sort. */
public enum ClientStatus {
    OVERDUE, DUE_TODAY, DUE_SOON, ACTIVE, INACTIVE;

    /** The status of {@code client} on {@code today}; "due soon" means due within {@code dueSoonDays} after today. */
    public static ClientStatus of(Client client, LocalDate today, int dueSoonDays) {
        if (!client.active()) {
            return INACTIVE;
        }
        LocalDate due = client.dueDate();
        if (due == null) {
            return ACTIVE;
        }
        if (due.isBefore(today)) {
            return OVERDUE;
        }
        if (due.isEqual(today)) {
            return DUE_TODAY;
        }
        return due.isAfter(today.plusDays(dueSoonDays)) ? ACTIVE : DUE_SOON;
    }

    /** The i18n key of the badge text. */
    public String messageKey() {
        return "clients.status." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
