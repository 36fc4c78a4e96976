package com.botclientemanager.reminders.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.jobrunr.jobs.states.JobState;
import org.jobrunr.jobs.Job;
import org.jobrunr.jobs.JobDetails;
import org.jobrunr.jobs.states.EnqueuedState;
import org.jobrunr.jobs.states.FailedState;
import org.jobrunr.jobs.states.ProcessingState;
import org.jobrunr.jobs.states.ScheduledState;
import org.junit.jupiter.api.Test;

/** A retried send waits at least the gateway's Retry-After, and JobRunr's back-off when that is longer. */
class RetryAfterRetryFilterTest {

    static final Duration POLL_INTERVAL = Duration.ofSeconds(15);

    @Test
    void waitsAtLeastTheGatewaysRetryAfter() {
        Job job = failedJob();
        job.getMetadata().put(ReminderSendJob.RETRY_AFTER_SECONDS, 600L);
        Instant before = Instant.now();
        filter().onStateElection(job, job.getJobState());
        assertThat((Object) job.getJobState()).isInstanceOf(ScheduledState.class);
        Instant at = ((ScheduledState) job.getJobState()).getScheduledAt();
        // JobRunr may start a scheduled job one poll interval early: the wait covers that too
        assertThat(Duration.between(before, at)).isGreaterThanOrEqualTo(Duration.ofSeconds(600).plus(POLL_INTERVAL));
        assertThat(job.getMetadata()).doesNotContainKey(ReminderSendJob.RETRY_AFTER_SECONDS);
    }

    @Test
    void withoutRetryAfterItIsJobRunrsShortBackOff() {
        Job job = failedJob();
        Instant before = Instant.now();
        filter().onStateElection(job, job.getJobState());
        Instant at = ((ScheduledState) job.getJobState()).getScheduledAt();
        assertThat(Duration.between(before, at)).isLessThan(Duration.ofSeconds(60));
    }

    private static RetryAfterRetryFilter filter() {
        return new RetryAfterRetryFilter(10, 3, POLL_INTERVAL);
    }

    private static Job failedJob() {
        List<JobState> states = List.of(new EnqueuedState(), new ProcessingState(UUID.randomUUID(), "test"),
                new FailedState("gateway busy", new IllegalStateException("whatsapp.reason.rate-limited")));
        return new Job(UUID.randomUUID(), 3, new JobDetails(ReminderSendJob.class.getName(), null, "send", List.of()),
                new ArrayList<>(states), new ConcurrentHashMap<>());
    }
}
