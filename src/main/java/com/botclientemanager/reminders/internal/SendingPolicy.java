package com.botclientemanager.reminders.internal;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.Set;

/**
 * When messages may go out: the days of the week and the hours of the sending window, in the reminders' zone.
 * A reminder planned for a day outside the allowed days moves to the next allowed day; a time outside the window moves
 * to the nearest edge of the window on that day.
 */
public record SendingPolicy(ZoneId zone, LocalTime windowStart, LocalTime windowEnd, Set<DayOfWeek> days) {

    public SendingPolicy {
        days = days == null || days.isEmpty() ? EnumSet.allOf(DayOfWeek.class) : EnumSet.copyOf(days);
        if (!windowEnd.isAfter(windowStart)) {
            throw new IllegalArgumentException("the sending window must end after it starts");
        }
    }

    /** The date and time at {@code instant} in the reminders' zone: what "today" and "now" mean for the rules. */
    public ZonedDateTime localTime(Instant instant) {
        return instant.atZone(zone);
    }

    /** The first allowed day on or after {@code planned}. */
    public LocalDate sendDayFor(LocalDate planned) {
        LocalDate day = planned;
        while (!days.contains(day.getDayOfWeek())) {
            day = day.plusDays(1);
        }
        return day;
    }

    /** The planned days (due date + offset) whose reminders go out on {@code sendDay}. */
    public java.util.List<LocalDate> plannedDaysSentOn(LocalDate sendDay) {
        if (!days.contains(sendDay.getDayOfWeek())) {
            return java.util.List.of();
        }
        java.util.List<LocalDate> planned = new java.util.ArrayList<>();
        planned.add(sendDay);
        for (LocalDate day = sendDay.minusDays(1); !days.contains(day.getDayOfWeek()); day = day.minusDays(1)) {
            planned.add(day);
        }
        return planned;
    }

    public ZonedDateTime sendAt(LocalDate sendDay, LocalTime wanted) {
        LocalTime time = wanted.isBefore(windowStart) ? windowStart : wanted.isAfter(windowEnd) ? windowEnd : wanted;
        return ZonedDateTime.of(sendDay, time, zone);
    }

    public boolean isOpen(ZonedDateTime now) {
        ZonedDateTime local = now.withZoneSameInstant(zone);
        LocalTime time = local.toLocalTime();
        return days.contains(local.getDayOfWeek()) && !time.isBefore(windowStart) && !time.isAfter(windowEnd);
    }
}
