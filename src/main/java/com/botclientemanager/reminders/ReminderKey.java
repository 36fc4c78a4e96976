package com.botclientemanager.reminders;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.UUID;

/**
 * The identity of one reminder: a client, the due date it is about, its kind and offset. The same reminder always gets
 * the same UUID, which is both the JobRunr job id and the message log's idempotency key, so enqueuing or sending it twice
 * is harmless. The text is not part of it: editing a template never causes a second send.
 */
public final class ReminderKey {

    private ReminderKey() {
    }

    public static UUID of(String clientId, LocalDate dueDate, String kind, int offsetDays) {
        String identity = "reminder|" + clientId + "|" + dueDate + "|" + kind + "|" + offsetDays;
        return UUID.nameUUIDFromBytes(identity.getBytes(StandardCharsets.UTF_8));
    }
}
