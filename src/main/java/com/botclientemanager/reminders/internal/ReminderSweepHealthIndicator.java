package com.botclientemanager.reminders.internal;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.stereotype.Component;

/**
 * {@code reminderSweep} in {@code /actuator/health}: OUT_OF_SERVICE while the sweep skips because a document it plans
 * from is damaged, naming the files and since when. In neither probe group, like {@code documents}.
 */
@Component("reminderSweepHealthIndicator")
class ReminderSweepHealthIndicator implements HealthIndicator {

    private final ReminderInputs inputs;

    ReminderSweepHealthIndicator(ReminderInputs inputs) {
        this.inputs = inputs;
    }

    @Override
    public Health health() {
        return inputs.paused().map(paused -> Health.status(Status.OUT_OF_SERVICE)
                .withDetail("skipped", "no reminder is planned while a document it plans from is damaged")
                .withDetail("since", paused.since().toString())
                .withDetail("documents", paused.problems().stream().map(p -> p.document().fileName()).toList())
                .build()).orElseGet(() -> Health.up().build());
    }
}
