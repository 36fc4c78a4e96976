package com.botclientemanager.reminders;

import java.time.Instant;
import java.util.Optional;

/**
 * Whether the job server that sends the reminders (JobRunr's) has stopped while the app was running, and whether it
 * was restarted. Only present when this instance runs jobs.
 */
public interface JobServerStatus {

    /** The latest time the job server stopped without the app shutting down, if it ever did since start-up. */
    Optional<Outage> lastOutage();

    /**
     * @param stoppedAt   when the app noticed the job server had stopped
     * @param restartedAt when it was seen running again after a restart; {@code null} while it is still down
     */
    record Outage(Instant stoppedAt, Instant restartedAt) {

        public boolean ongoing() {
            return restartedAt == null;
        }
    }
}
