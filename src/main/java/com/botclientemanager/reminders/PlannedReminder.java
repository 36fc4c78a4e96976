package com.botclientemanager.reminders;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.UUID;

/**
 * One reminder the rules say must go out.
 *
 * @param sendDay the day it goes out (the due date plus the offset, moved to the next allowed sending day)
 * @param sendAt  when it goes out on that day: the client's time for its kind, moved into the sending window
 */
public record PlannedReminder(UUID key, String clientId, String clientName, String phone, String templateId, String kind,
        int offsetDays, LocalDate dueDate, LocalDate sendDay, ZonedDateTime sendAt) {
}
