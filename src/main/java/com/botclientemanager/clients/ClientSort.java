package com.botclientemanager.clients;

/** One sort key of the client list. */
public record ClientSort(Field field, boolean ascending) {

    /** The default order: the most urgent first (overdue, today, soon, the rest, inactive), then by due date. */
    public static final ClientSort DEFAULT = new ClientSort(Field.STATUS, true);

    public enum Field { NAME, PHONE, SERVICE, PLAN, VALUE, DUE_DATE, STATUS, REMINDERS }
}
