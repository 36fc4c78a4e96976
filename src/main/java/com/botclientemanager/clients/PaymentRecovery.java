package com.botclientemanager.clients;

import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;

/**
 * Completes a payment the app stopped recording between storing it and renewing its client ({@link PaymentService}
 * stores the record first). Runs under the service's lock, so it never interleaves with "Marcar como pago" or
 * "Desfazer".
 */
final class PaymentRecovery {

    // The service's logger: these lines keep the name they were always logged under.
    private static final Logger log = LoggerFactory.getLogger(PaymentService.class);

    private final Object lock;
    private final ClientDirectory directory;
    private final ClientSettingsService settings;
    private final StoredPayments stored;
    private final ApplicationEventPublisher events;

    PaymentRecovery(Object lock, ClientDirectory directory, ClientSettingsService settings, StoredPayments stored,
            ApplicationEventPublisher events) {
        this.lock = lock;
        this.directory = directory;
        this.settings = settings;
        this.stored = stored;
        this.events = events;
    }

    /** See {@link PaymentService#finishRenewal}. */
    boolean finishRenewal(Payment payment) {
        synchronized (lock) {
            Client client = directory.find(payment.clientId()).orElse(null);
            if (payment.undone() || client == null || !Objects.equals(client.dueDate(), payment.previousDueDate())
                    || client.billingOrNone().paid().compareTo(payment.previousPaid()) != 0
                    || !stored.last(client.id()).map(found -> found.payment().id()).equals(Optional.of(payment.id()))) {
                return false;
            }
            PaymentOutcome outcome = PaymentOutcome.of(client, new PaymentRequest(payment.date(),
                    payment.amount(), payment.method(), payment.note(), payment.periods(), payment.discount(),
                    payment.partial()), settings.saved().renewFrom());
            if (!Objects.equals(outcome.newDueDate(), payment.newDueDate())) {
                log.warn("Payment {} of client {} is stored but the client was not renewed; renewing it now would "
                        + "give {} instead of {}, so it is left as it is", payment.id(), client.id(), outcome.newDueDate(),
                        payment.newDueDate());
                return false;
            }
            directory.save(outcome.client());
            log.warn("Payment {} of client {} was stored before the app stopped, the renewal was not: renewed now "
                    + "({} -> {})",
                    payment.id(), client.id(), payment.previousDueDate(), payment.newDueDate());
            events.publishEvent(new PaymentRecorded(payment, client.name()));
            return true;
        }
    }
}
