package com.botclientemanager.dashboard;

import java.time.Duration;
import java.time.LocalTime;
import java.time.ZonedDateTime;

/**
 * When the reminders in the queue will have gone out at the saved pace, and how many the sending window leaves for the
 * next one.
 *
 * @param queued     reminders waiting
 * @param finishesAt about when the last one goes out, at {@code ratePerMinute} from now
 * @param windowEnd  when today's sending window closes
 * @param leftOver   how many will not fit before {@code windowEnd} (0 when they all do)
 */
public record QueueForecast(int queued, ZonedDateTime finishesAt, LocalTime windowEnd, int leftOver) {

    public static QueueForecast of(int queued, int ratePerMinute, ZonedDateTime now, LocalTime windowEnd) {
        int rate = Math.max(1, ratePerMinute);
        ZonedDateTime finishes = now.plus(Duration.ofMillis((long) Math.ceil(queued * 60_000.0 / rate)));
        ZonedDateTime closes = now.with(windowEnd);
        long secondsLeft = closes.isAfter(now) ? Duration.between(now, closes).toSeconds() : 0;
        long fit = secondsLeft * rate / 60;
        return new QueueForecast(queued, finishes, windowEnd, (int) Math.max(0, queued - fit));
    }

    public boolean outlastsWindow() {
        return leftOver > 0;
    }
}
