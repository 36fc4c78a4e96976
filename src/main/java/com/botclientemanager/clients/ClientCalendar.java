package com.botclientemanager.clients;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * "Today" for due dates and payments: the date in the reminders' time zone ({@code app.reminders.zone}), so the list
 * and the reminders agree on what is due today even when the server runs in UTC.
 */
@Component
public class ClientCalendar {

    private final Clock clock;

    @Autowired
    public ClientCalendar(ObjectProvider<Clock> clock, @Value("${app.reminders.zone:America/Sao_Paulo}") String zone) {
        this(clock.getIfAvailable(Clock::systemDefaultZone).withZone(ZoneId.of(zone)));
    }

    public ClientCalendar(Clock clock) {
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public LocalDateTime now() {
        return LocalDateTime.now(clock);
    }

    public ZoneId zone() {
        return clock.getZone();
    }
}
