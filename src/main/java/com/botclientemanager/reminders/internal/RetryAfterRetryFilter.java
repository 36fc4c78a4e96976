package com.botclientemanager.reminders.internal;

import java.time.Duration;
import org.jobrunr.jobs.Job;
import org.jobrunr.jobs.filters.RetryFilter;

/**
 * JobRunr's exponential back-off, but never sooner than the gateway's Retry-After saved by the failed attempt. JobRunr
 * enqueues a scheduled job as soon as its time falls within the next poll interval, up to one interval early, so that
 * interval is added to the Retry-After.
 */
class RetryAfterRetryFilter extends RetryFilter {

    private final long pollIntervalSeconds;

    RetryAfterRetryFilter(int defaultNumberOfRetries, int backOffTimeSeed, Duration pollInterval) {
        super(defaultNumberOfRetries, backOffTimeSeed);
        this.pollIntervalSeconds = Math.max(0, (pollInterval.toMillis() + 999) / 1000);
    }

    @Override
    protected long getSecondsToAdd(Job job) {
        long backoff = super.getSecondsToAdd(job);
        Object retryAfter = job.getMetadata().remove(ReminderSendJob.RETRY_AFTER_SECONDS);
        return retryAfter instanceof Number seconds ? Math.max(backoff, seconds.longValue() + pollIntervalSeconds) : backoff;
    }
}
