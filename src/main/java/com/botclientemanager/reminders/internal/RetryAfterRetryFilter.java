package com.botclientemanager.reminders.internal;

import org.jobrunr.jobs.Job;
import org.jobrunr.jobs.filters.RetryFilter;

/** JobRunr's exponential back-off, but never sooner than the gateway's Retry-After saved by the failed attempt. */
class RetryAfterRetryFilter extends RetryFilter {

    RetryAfterRetryFilter() {
        super();
    }

    RetryAfterRetryFilter(int defaultNumberOfRetries, int backOffTimeSeed) {
        super(defaultNumberOfRetries, backOffTimeSeed);
    }

    @Override
    protected long getSecondsToAdd(Job job) {
        long backoff = super.getSecondsToAdd(job);
        Object retryAfter = job.getMetadata().remove(ReminderSendJob.RETRY_AFTER_SECONDS);
        return retryAfter instanceof Number seconds ? Math.max(backoff, seconds.longValue()) : backoff;
    }
}
