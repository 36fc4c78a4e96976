package com.botclientemanager.whatsapp;

import java.time.Instant;

/**
 * Records another module keeps exactly as long as the message log ({@code app.whatsapp.log-retention-days}), such as
 * the messages received: the log's one daily clean-up deletes them too, so there is one retention and one job.
 */
public interface KeptWithTheLog {

    /** Deletes the records from before {@code cutoff}; returns how many went. */
    int deleteOlderThan(Instant cutoff);
}
