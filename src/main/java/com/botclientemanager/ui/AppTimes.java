package com.botclientemanager.ui;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The one way a moment is shown to the user: in the app's zone ({@code app.reminders.zone}, São Paulo by default), the
 * zone of due dates and reminder times, never the server's (often UTC in a container), in the user's language.
 */
@Component
public class AppTimes {

    private final ZoneId zone;
    private final Clock clock;

    @Autowired
    public AppTimes(@Value("${app.reminders.zone:America/Sao_Paulo}") ZoneId zone, ObjectProvider<Clock> clock) {
        this.zone = zone;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    public AppTimes(ZoneId zone) {
        this.zone = zone;
        this.clock = Clock.systemUTC();
    }

    public ZoneId zone() {
        return zone;
    }

    /** This instant, from the app's clock. */
    public Instant now() {
        return clock.instant();
    }

    /** Today in the app's zone, from the app's clock (the day due dates and reminders count from). */
    public LocalDate today() {
        return LocalDate.now(clock.withZone(zone));
    }

    /** "30/11/2026 09:05". */
    public String dateTime(Instant at, Locale locale) {
        return format(at, DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT), locale);
    }

    /** "30 de nov. de 2026 09:05:12", for a timeline where seconds matter. */
    public String dateTimeWithSeconds(Instant at, Locale locale) {
        return format(at, DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM), locale);
    }

    /** "09:05" when {@code at} is on {@code today} in the app's zone, otherwise with the date. */
    public String timeOrDateTime(Instant at, LocalDate today, Locale locale) {
        boolean sameDay = at.atZone(zone).toLocalDate().equals(today);
        return sameDay ? format(at, DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT), locale) : dateTime(at, locale);
    }

    /** Today in the app's zone. */
    public LocalDate today(Instant now) {
        return now.atZone(zone).toLocalDate();
    }

    private String format(Instant at, DateTimeFormatter formatter, Locale locale) {
        return formatter.withLocale(locale).withZone(zone).format(at);
    }
}
