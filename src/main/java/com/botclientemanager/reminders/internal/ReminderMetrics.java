package com.botclientemanager.reminders.internal;

import com.botclientemanager.whatsapp.MessageStatusChanged;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Set;
import org.springframework.context.event.EventListener;

/**
 * Reminders planned (handed to JobRunr), sent (or simulated), failed and missed, at {@code /actuator/prometheus} as
 * {@code bcm_reminders_total{outcome=...}}.
 */
public class ReminderMetrics {

    private static final Set<String> REMINDER_KINDS = Set.of("before_due", "due_day", "overdue");

    private final Counter planned;
    private final Counter sent;
    private final Counter failed;
    private final Counter missed;

    public ReminderMetrics(MeterRegistry registry) {
        planned = counter(registry, "planned");
        sent = counter(registry, "sent");
        failed = counter(registry, "failed");
        missed = counter(registry, "missed");
    }

    private static Counter counter(MeterRegistry registry, String outcome) {
        return Counter.builder("bcm.reminders").tag("outcome", outcome)
                .description("Reminders by outcome").register(registry);
    }

    void planned() {
        planned.increment();
    }

    @EventListener
    void onMessage(MessageStatusChanged event) {
        if (!REMINDER_KINDS.contains(event.kind())) {
            return;
        }
        switch (event.status()) {
            case SENT, SIMULATED -> sent.increment();
            case FAILED -> failed.increment();
            case MISSED -> missed.increment();
            default -> { }
        }
    }
}
