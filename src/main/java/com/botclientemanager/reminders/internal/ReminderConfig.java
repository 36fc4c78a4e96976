package com.botclientemanager.reminders.internal;

import static org.jobrunr.scheduling.RecurringJobBuilder.aRecurringJob;

import com.botclientemanager.clients.ClientDirectory;
import com.botclientemanager.reminders.ReminderProperties;
import com.botclientemanager.reminders.SendingSettingsService;
import com.botclientemanager.templates.TemplateService;
import com.botclientemanager.whatsapp.MessagingService;
import com.vaadin.flow.i18n.I18NProvider;
import io.micrometer.core.instrument.MeterRegistry;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import org.jobrunr.scheduling.JobScheduler;
import org.jobrunr.server.BackgroundJobServer;
import org.jobrunr.spring.autoconfigure.JobRunrProperties;
import org.jobrunr.storage.StorageProvider;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** Wires the reminder engine: its JobRunr jobs, the sweep every minute and once at start-up, and the retry policy. */
@Configuration(proxyBeanMethods = false)
class ReminderConfig {

    static final String SWEEP_JOB_ID = "reminder-sweep";

    @Bean
    EngineSettings engineSettings(ReminderProperties reminders, SendingSettingsService sending) {
        return new EngineSettings(reminders, sending);
    }

    @Bean
    ReminderLedger reminderLedger(JdbcClient jdbc) {
        return new ReminderLedger(jdbc);
    }

    @Bean
    Pacer pacer(JdbcClient jdbc, TransactionTemplate transactions) {
        return new Pacer(jdbc, transactions, new SecureRandom());
    }

    @Bean
    ReminderOutcomes reminderOutcomes(MessagingService messaging, ClientDirectory clients, TemplateService templates) {
        return new ReminderOutcomes(messaging, clients, templates);
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
    ReminderSweep reminderSweep(ClientDirectory clients, TemplateService templates, ReminderLedger ledger,
            ReminderOutcomes outcomes, ReminderDispatcher dispatcher, TransactionTemplate transactions, Clock clock,
            EngineSettings settings, ReminderMetrics metrics) {
        return new ReminderSweep(clients, templates, ledger, outcomes, dispatcher, transactions, clock, settings,
                metrics);
    }

    @Bean
    ReminderSendJob reminderSendJob(ClientDirectory clients, TemplateService templates, MessagingService messaging,
            Pacer pacer, EngineSettings settings, Clock clock) {
        return new ReminderSendJob(clients, templates, messaging, pacer, settings, clock);
    }

    /**
     * JobRunr's server gets our retry policy (Retry-After aware) and the FAILED-after-retries hook. Ours replaces the
     * starter's retry filter, so it takes over its settings ({@code jobrunr.jobs.default-number-of-retries} and
     * {@code jobrunr.jobs.retry-back-off-time-seed}).
     */
    @Bean
    static BeanPostProcessor reminderJobFilters(ObjectProvider<MessagingService> messaging,
            ObjectProvider<JobRunrProperties> jobRunr) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                if (bean instanceof BackgroundJobServer server) {
                    JobRunrProperties.Jobs jobs = jobRunr.getObject().getJobs();
                    server.setJobFilters(List.of(
                            new RetryAfterRetryFilter(jobs.getDefaultNumberOfRetries(), jobs.getRetryBackOffTimeSeed()),
                            new FailedAfterRetriesFilter(messaging.getObject())));
                }
                return bean;
            }
        };
    }

    @Bean
    SweepScheduler sweepScheduler(JobScheduler jobs) {
        return new SweepScheduler(jobs);
    }

    static class SweepScheduler {
        private final JobScheduler jobs;

        SweepScheduler(JobScheduler jobs) {
            this.jobs = jobs;
        }

        @EventListener(ApplicationReadyEvent.class)
        void scheduleSweeps() {
            jobs.createRecurrently(aRecurringJob().withId(SWEEP_JOB_ID).withName("Reminder sweep")
                    .withCron("* * * * *").withAmountOfRetries(0)
                    .<ReminderSweep>withDetails(sweep -> sweep.sweep()));
            jobs.<ReminderSweep>enqueue(sweep -> sweep.sweep());
        }
    }
}
