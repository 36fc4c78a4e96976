package com.botclientemanager.clients.internal;

import static org.jobrunr.scheduling.RecurringJobBuilder.aRecurringJob;

import com.botclientemanager.clients.AutoDeactivation;
import com.botclientemanager.templates.TemplateService;
import com.vaadin.flow.i18n.I18NProvider;
import org.jobrunr.scheduling.JobScheduler;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The check of the rule "desativar após N dias em atraso", every hour at :05: "today" is taken in the app's zone on
 * each run, so a client flips on the first check after the zone's midnight, and a check missed while the app was
 * stopped is made up within the hour after it starts again.
 */
@Component
class AutoDeactivationSchedule {

    static final String JOB_ID = "clients-auto-deactivation";

    private final JobScheduler jobs;
    private final String name;

    AutoDeactivationSchedule(JobScheduler jobs, I18NProvider i18n, TemplateService templates) {
        this.jobs = jobs;
        this.name = i18n.getTranslation("jobs.auto-deactivation.name", templates.messageLocale());
    }

    @EventListener(ApplicationReadyEvent.class)
    void schedule() {
        jobs.createRecurrently(aRecurringJob().withId(JOB_ID).withName(name).withCron("5 * * * *").withAmountOfRetries(0)
                .<AutoDeactivation>withDetails(rule -> rule.check()));
    }
}
