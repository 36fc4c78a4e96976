package com.botclientemanager.whatsapp.internal;

import static org.jobrunr.scheduling.RecurringJobBuilder.aRecurringJob;

import com.botclientemanager.whatsapp.MessageLog;
import com.vaadin.flow.i18n.I18NProvider;
import java.util.Locale;
import org.jobrunr.scheduling.JobScheduler;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The daily clean-up of the message log and what is kept as long (03:30), named in the message language on "Tarefas agendadas" rather than by
 * the method it runs.
 */
@Component
class MessageLogRetentionSchedule {

    static final String JOB_ID = "whatsapp-message-log-retention";
    /** The received messages' own clean-up of version 16, now part of this one. */
    private static final String FOLDED_JOB_ID = "replies-inbound-retention";

    private final JobScheduler jobs;
    private final String name;

    MessageLogRetentionSchedule(JobScheduler jobs, I18NProvider i18n,
            @Value("${app.templates.message-locale:pt-BR}") String messageLocale) {
        this.jobs = jobs;
        this.name = i18n.getTranslation("jobs.log-retention.name", Locale.forLanguageTag(messageLocale));
    }

    @EventListener(ApplicationReadyEvent.class)
    void schedule() {
        jobs.deleteRecurringJob(FOLDED_JOB_ID);
        jobs.createRecurrently(aRecurringJob().withId(JOB_ID).withName(name).withCron("30 3 * * *")
                .<MessageLog>withDetails(log -> log.deleteExpired()));
    }
}
