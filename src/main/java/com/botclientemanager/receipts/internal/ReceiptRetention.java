package com.botclientemanager.receipts.internal;

import static org.jobrunr.scheduling.RecurringJobBuilder.aRecurringJob;

import com.botclientemanager.whatsapp.WhatsAppProperties;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import org.jobrunr.scheduling.JobScheduler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Deletes the files of decided items once they are older than the message log's retention (a nightly job). */
@Component
public class ReceiptRetention {

    static final String JOB_ID = "receipts-file-retention";
    private static final Logger log = LoggerFactory.getLogger(ReceiptRetention.class);

    private final ReceiptRepository repository;
    private final ReceiptFiles files;
    private final WhatsAppProperties whatsApp;
    private final JobScheduler jobs;
    private final Clock clock;

    ReceiptRetention(ReceiptRepository repository, ReceiptFiles files, WhatsAppProperties whatsApp,
            JobScheduler jobs, ObjectProvider<Clock> clock) {
        this.repository = repository;
        this.files = files;
        this.whatsApp = whatsApp;
        this.jobs = jobs;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    @EventListener(ApplicationReadyEvent.class)
    void schedule() {
        jobs.createRecurrently(aRecurringJob().withId(JOB_ID).withName("Receipt files retention")
                .withCron("45 3 * * *").<ReceiptRetention>withDetails(ReceiptRetention::deleteExpired));
    }

    public int deleteExpired() {
        Map<Long, String> expired = repository.filesDecidedBefore(
                clock.instant().minus(Duration.ofDays(whatsApp.logRetentionDays())));
        expired.forEach((partId, name) -> {
            files.delete(name);
            repository.fileDeleted(partId);
        });
        if (!expired.isEmpty()) {
            log.info("Deleted {} receipt files of items decided more than {} days ago", expired.size(),
                    whatsApp.logRetentionDays());
        }
        return expired.size();
    }
}
