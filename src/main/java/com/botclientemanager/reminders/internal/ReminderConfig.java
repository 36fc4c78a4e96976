package com.botclientemanager.reminders.internal;

import static org.jobrunr.scheduling.JobBuilder.aJob;
import static org.jobrunr.scheduling.RecurringJobBuilder.aRecurringJob;

import com.botclientemanager.access.AccessService;
import com.botclientemanager.clients.ClientDirectory;
import com.botclientemanager.clients.ClientPageLinks;
import com.botclientemanager.clients.ClientPixCodes;
import com.botclientemanager.clients.ClientSettingsService;
import com.botclientemanager.reminders.ReminderProperties;
import com.botclientemanager.storage.DocumentStore;
import com.botclientemanager.whatsapp.SendingSettingsService;
import com.botclientemanager.templates.MessageComposer;
import com.botclientemanager.templates.TemplateService;
import com.botclientemanager.replies.ReplyService;
import com.botclientemanager.whatsapp.MessagingService;
import com.botclientemanager.whatsapp.SendPacer;
import com.vaadin.flow.i18n.I18NProvider;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.util.List;
import org.jobrunr.scheduling.JobScheduler;
import org.jobrunr.server.BackgroundJobServer;
import org.jobrunr.server.BackgroundJobServerConfiguration;
import org.jobrunr.server.JobActivator;
import org.jobrunr.spring.autoconfigure.JobRunrProperties;
import org.jobrunr.storage.StorageProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Wires the reminder engine: its JobRunr jobs, the sweep every minute and once at start-up, the retry policy, and the
 * watchdog that restarts JobRunr's job server.
 */
@Configuration(proxyBeanMethods = false)
class ReminderConfig {

    static final String SWEEP_JOB_ID = "reminder-sweep";

    @Bean
    EngineSettings engineSettings(ReminderProperties reminders, SendingSettingsService sending, ClientSettingsService clients) {
        return new EngineSettings(reminders, sending, clients);
    }

    @Bean
    ReminderLedger reminderLedger(JdbcClient jdbc) {
        return new ReminderLedger(jdbc);
    }

    @Bean
    ReminderOutcomes reminderOutcomes(MessagingService messaging, ClientDirectory clients, TemplateService templates,
            MessageComposer composer) {
        return new ReminderOutcomes(messaging, clients, templates, composer);
    }

    @Bean
    ReminderDispatcher reminderDispatcher(JobScheduler jobs, StorageProvider storage, I18NProvider i18n,
            TemplateService templates, EngineSettings settings) {
        return new ReminderDispatcher(jobs, storage, new JobNames(i18n, templates.messageLocale()), settings.maxRetries());
    }

    @Bean
    ReminderMetrics reminderMetrics(MeterRegistry registry) {
        return new ReminderMetrics(registry);
    }

    @Bean
    ReminderInputs reminderInputs(DocumentStore store, Clock clock) {
        return new ReminderInputs(store, clock);
    }

    @Bean
    ReminderSweep reminderSweep(ClientDirectory clients, TemplateService templates, ReminderLedger ledger,
            ReminderOutcomes outcomes, ReminderDispatcher dispatcher, TransactionTemplate transactions, Clock clock,
            EngineSettings settings, ReminderMetrics metrics, ReminderInputs inputs) {
        return new ReminderSweep(clients, templates, ledger, outcomes, dispatcher, transactions, clock, settings,
                metrics, inputs);
    }

    @Bean
    ReminderSendJob reminderSendJob(ClientDirectory clients, TemplateService templates, MessageComposer composer,
            MessagingService messaging, SendPacer pacer, EngineSettings settings, ReplyService replies, Clock clock,
            AccessService access, ObjectProvider<ClientPageLinks> pageLinks, ClientPixCodes pixCodes) {
        return new ReminderSendJob(clients, templates, composer, messaging, pacer, settings, replies, clock, access,
                pixCodes).withPageLinks(pageLinks);
    }

    /**
     * JobRunr's job server, built as the starter builds it, with our retry policy (back-off as configured by
     * {@code jobrunr.jobs.*}, but never sooner than the gateway's Retry-After) and the FAILED-after-retries hook.
     * JobRunr keeps its own default retry filter plus the LAST one added, dropping only the first when there are more:
     * the starter's server already has one, so a filter added on top of it never ran and Retry-After was ignored.
     */
    @Bean
    @ConditionalOnProperty(prefix = "jobrunr.background-job-server", name = "enabled", havingValue = "true")
    BackgroundJobServer backgroundJobServer(StorageProvider storage, org.jobrunr.utils.mapper.JsonMapper jobRunrJsonMapper,
            JobActivator activator, BackgroundJobServerConfiguration configuration, JobRunrProperties jobRunr,
            MessagingService messaging) {
        BackgroundJobServer server = new BackgroundJobServer(storage, jobRunrJsonMapper, activator, configuration);
        JobRunrProperties.Jobs jobs = jobRunr.getJobs();
        server.setJobFilters(List.of(
                new RetryAfterRetryFilter(jobs.getDefaultNumberOfRetries(), jobs.getRetryBackOffTimeSeed(),
                        server.getConfiguration().getPollInterval()),
                new FailedAfterRetriesFilter(messaging)));
        return server;
    }

    /** Restarts the job server above when it stops while the app runs, then sweeps at once for what was missed. */
    @Bean
    @ConditionalOnProperty(prefix = "jobrunr.background-job-server", name = "enabled", havingValue = "true")
    JobServerWatchdog jobServerWatchdog(BackgroundJobServer server, ReminderProperties reminders, Clock clock,
            ApplicationEventPublisher events, JobScheduler jobs, I18NProvider i18n, TemplateService templates) {
        String name = new JobNames(i18n, templates.messageLocale()).sweep();
        return new JobServerWatchdog(server, reminders.jobServerCheckInterval(), clock, events,
                () -> jobs.create(aJob().withName(name).withAmountOfRetries(0)
                        .<ReminderSweep>withDetails(sweep -> sweep.sweep())));
    }

    @Bean
    SweepScheduler sweepScheduler(JobScheduler jobs, I18NProvider i18n, TemplateService templates) {
        return new SweepScheduler(jobs, new JobNames(i18n, templates.messageLocale()));
    }

    static class SweepScheduler {
        private final JobScheduler jobs;
        private final JobNames names;

        SweepScheduler(JobScheduler jobs, JobNames names) {
            this.jobs = jobs;
            this.names = names;
        }

        @EventListener(ApplicationReadyEvent.class)
        void scheduleSweeps() {
            jobs.createRecurrently(aRecurringJob().withId(SWEEP_JOB_ID).withName(names.sweep())
                    .withCron("* * * * *").withAmountOfRetries(0)
                    .<ReminderSweep>withDetails(sweep -> sweep.sweep()));
            jobs.create(aJob().withName(names.sweep()).withAmountOfRetries(0)
                    .<ReminderSweep>withDetails(sweep -> sweep.sweep()));
        }
    }
}
