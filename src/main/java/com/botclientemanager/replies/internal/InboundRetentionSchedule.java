package com.botclientemanager.replies.internal;

import static org.jobrunr.scheduling.RecurringJobBuilder.aRecurringJob;

import com.botclientemanager.replies.ReplyService;
import com.vaadin.flow.i18n.I18NProvider;
import java.util.Locale;
import org.jobrunr.scheduling.JobScheduler;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** The daily clean-up of received messages (03:35, after the message log's), kept as long as the message log. */
@Component
class InboundRetentionSchedule {

    static final String JOB_ID = "replies-inbound-retention";

    private final JobScheduler jobs;
    private final String name;

    InboundRetentionSchedule(JobScheduler jobs, I18NProvider i18n,
            @Value("${app.templates.message-locale:pt-BR}") String messageLocale) {
        this.jobs = jobs;
        this.name = i18n.getTranslation("jobs.inbound-retention.name", Locale.forLanguageTag(messageLocale));
    }

    @EventListener(ApplicationReadyEvent.class)
    void schedule() {
        jobs.createRecurrently(aRecurringJob().withId(JOB_ID).withName(name).withCron("35 3 * * *")
                .<ReplyService>withDetails(replies -> replies.deleteExpired()));
    }
}
