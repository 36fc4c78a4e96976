package com.botclientemanager.whatsapp;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.Set;

/**
 * When and how fast reminders go out, as the user set them on the settings page (defaults: {@code app.whatsapp.*}).
 *
 * @param windowStart   first time of day a reminder may leave, in the reminders' zone
 * @param windowEnd     last time of day a reminder may leave (after {@code windowStart})
 * @param days          the days of the week reminders go out; a reminder due on another day waits for the next one
 * @param ratePerMinute most messages sent in any minute (with jitter between them)
 * @param dailyCap      most reminders handed out per day; 0 pauses reminders
 */
public record SendingSettings(LocalTime windowStart, LocalTime windowEnd, Set<DayOfWeek> days, int ratePerMinute,
        int dailyCap) {

    public SendingSettings {
        days = days == null || days.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(days));
    }
}
