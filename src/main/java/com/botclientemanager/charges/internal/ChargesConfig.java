package com.botclientemanager.charges.internal;

import static org.jobrunr.scheduling.RecurringJobBuilder.aRecurringJob;

import com.botclientemanager.charges.ChargesProperties;
import com.botclientemanager.charges.PaymentNotifications;
import com.botclientemanager.charges.PaymentSetup;
import com.vaadin.flow.i18n.I18NProvider;
import java.util.Locale;
import org.jobrunr.scheduling.JobScheduler;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;

/** The Mercado Pago client and the reconciliation of pending charges every {@code app.payments.reconcile-interval}. */
@Configuration(proxyBeanMethods = false)
class ChargesConfig {

    static final String RECONCILE_JOB_ID = "charges-reconcile";

    @Bean
    PaymentGateway paymentGateway(ChargesProperties properties, PaymentSetup setup) {
        return new MercadoPagoGateway(properties.mercadopago(), () -> setup.current().accessToken());
    }

    @Bean
    ReconcileSchedule reconcileSchedule(JobScheduler jobs, ChargesProperties properties, I18NProvider i18n,
            @Value("${app.templates.message-locale:pt-BR}") String messageLocale) {
        return new ReconcileSchedule(jobs, properties, i18n.getTranslation("jobs.charges-reconcile.name",
                Locale.forLanguageTag(messageLocale)));
    }

    /**
     * Always scheduled: Mercado Pago can be switched on in Settings without a restart, and charges made before it was
     * switched off may still be paid. With no pending charge it asks nothing. A class, not a record: JobRunr reads the
     * lambda's bytecode with an ASM version that refuses records.
     */
    static final class ReconcileSchedule {

        private final JobScheduler jobs;
        private final ChargesProperties properties;
        private final String name;

        ReconcileSchedule(JobScheduler jobs, ChargesProperties properties, String name) {
            this.jobs = jobs;
            this.properties = properties;
            this.name = name;
        }

        @EventListener(ApplicationReadyEvent.class)
        public void schedule() {
            jobs.createRecurrently(aRecurringJob().withId(RECONCILE_JOB_ID).withName(name)
                    .withInterval(properties.reconcileInterval())
                    .<PaymentNotifications>withDetails(notifications -> notifications.reconcile()));
        }
    }
}
