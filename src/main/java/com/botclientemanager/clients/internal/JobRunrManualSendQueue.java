package com.botclientemanager.clients.internal;

import static org.jobrunr.scheduling.JobBuilder.aJob;

import com.botclientemanager.clients.MessageChoice;
import com.botclientemanager.templates.TemplateService;
import com.botclientemanager.whatsapp.SendingSettingsService;
import com.vaadin.flow.i18n.I18NProvider;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import org.jobrunr.scheduling.JobScheduler;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * One JobRunr job per message, each scheduled one pacing gap (60 s / the rate saved under "Horário de envio") after the
 * previous one, and each taking its turn in the shared pacing when it runs, so a send to hundreds of clients neither
 * blocks the screen nor floods the WhatsApp number, even during a batch of reminders. Not retried (a manual message
 * has no reminder key, so a retry would log it twice): a message that fails stays in the message log with its reason,
 * where "Reenviar" sends a FAILED one again.
 */
@Component
class JobRunrManualSendQueue implements ManualSendQueue {

    private final JobScheduler jobs;
    private final SendingSettingsService sending;
    private final Clock clock;
    private final I18NProvider i18n;
    private final Locale locale;
    private Instant nextSlot = Instant.MIN;

    JobRunrManualSendQueue(JobScheduler jobs, SendingSettingsService sending, ObjectProvider<Clock> clock,
            I18NProvider i18n, TemplateService templates) {
        this.jobs = jobs;
        this.sending = sending;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
        this.i18n = i18n;
        this.locale = templates.messageLocale();
    }

    @Override
    public void enqueue(String clientId, String clientName, MessageChoice choice) {
        String templateId = choice.templateId();
        String text = choice.text();
        jobs.create(aJob()
                .withName(i18n.getTranslation("clients.send.job-name", locale, clientName == null ? clientId : clientName))
                .withAmountOfRetries(0)
                .withLabels(i18n.getTranslation("jobs.tag.manual", locale))
                .scheduleAt(nextSlot())
                .<ManualSendJob>withDetails(job -> job.send(clientId, templateId, text)));
    }

    private synchronized Instant nextSlot() {
        Instant now = clock.instant();
        Instant slot = nextSlot.isAfter(now) ? nextSlot : now;
        nextSlot = slot.plus(Duration.ofMillis(60_000L / sending.current().ratePerMinute()));
        return slot;
    }
}
