package com.botclientemanager.charges;

import com.botclientemanager.charges.internal.ChargeRepository;
import com.botclientemanager.charges.internal.PaymentGateway;
import com.botclientemanager.charges.internal.ProviderException;
import com.botclientemanager.charges.internal.ProviderPayment;
import com.botclientemanager.clients.Client;
import com.botclientemanager.clients.ClientCalendar;
import com.botclientemanager.clients.ClientDirectory;
import com.botclientemanager.clients.ManualSends;
import com.botclientemanager.clients.Payment;
import com.botclientemanager.clients.PaymentMethod;
import com.botclientemanager.clients.PaymentRequest;
import com.botclientemanager.clients.PaymentService;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * What a Mercado Pago payment means for the reseller, decided from the payment as fetched from Mercado Pago (never from
 * a notification's body): an approved one with the charge's exact amount, BRL and our reference is recorded once as
 * the client's PIX payment (renewal, confirmation message, live notice); anything else approved is flagged for review;
 * a refund or chargeback of a recorded payment is flagged and moves no due date back. Runs as a JobRunr job per
 * notification (retried when Mercado Pago cannot be asked) and from the reconciliation of pending charges.
 */
@Service
public class PaymentNotifications {

    /** A charge that expired this long ago may still have been paid in its last minutes: still asked about. */
    private static final Duration LATE_PAYMENT = Duration.ofDays(1);
    /** A recording takes well under a second: one claimed longer ago than this was cut short by a stop. */
    static final Duration UNFINISHED = Duration.ofMinutes(1);
    private static final Logger log = LoggerFactory.getLogger(PaymentNotifications.class);

    private final ChargeRepository charges;
    private final PaymentGateway gateway;
    private final ClientDirectory clients;
    private final PaymentService payments;
    private final ManualSends messages;
    private final ClientCalendar calendar;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    public PaymentNotifications(ChargeRepository charges, PaymentGateway gateway, ClientDirectory clients,
            PaymentService payments, ManualSends messages, ClientCalendar calendar, Clock clock,
            ApplicationEventPublisher events) {
        this.charges = charges;
        this.gateway = gateway;
        this.clients = clients;
        this.payments = payments;
        this.messages = messages;
        this.calendar = calendar;
        this.clock = clock;
        this.events = events;
    }

    /** The job for one notification; throws while Mercado Pago cannot be asked, so JobRunr tries again later. */
    public void process(String providerPaymentId) throws ProviderException {
        ProviderPayment payment = gateway.fetch(providerPaymentId);
        apply(payment);
    }

    /** Asks Mercado Pago about every charge still waiting: a lost notification only delays a confirmation. */
    public int reconcile() {
        finishUnfinished();
        int asked = 0;
        for (String id : charges.pendingSince(clock.instant().minus(LATE_PAYMENT))) {
            try {
                apply(gateway.fetch(id));
                asked++;
            } catch (ProviderException e) {
                if (e.kind() == ProviderException.Kind.REFUSED) {
                    // this payment only (unknown to this account, say): the others are still asked about
                    log.warn("Mercado Pago refused to show payment {} ({})", id, e.getMessage());
                    continue;
                }
                log.warn("Reconciliation stopped: Mercado Pago could not be asked about payment {} ({})", id,
                        e.getMessage());
                break;
            } catch (RuntimeException e) {
                log.warn("Reconciliation of Mercado Pago payment {} failed; tried again next time", id, e);
            }
        }
        return asked;
    }

    synchronized void apply(ProviderPayment payment) {
        Instant now = clock.instant();
        Optional<Charge> known = charges.byProviderId(payment.id());
        if (known.isEmpty()) {
            if (payment.approved()) {
                // not a charge this app made, or made under another id: nothing is recorded for it
                log.warn("Approved Mercado Pago payment {} matches no charge of this app; flagged for review",
                        payment.id());
                charges.flag(payment.id(), clientOf(payment.externalReference()), "unknown-reference",
                        payment.amount(), now);
            }
            return;
        }
        Charge charge = known.get();
        if (payment.reversed()) {
            charges.status(payment.id(), payment.status(), now);
            if (charge.paymentRecorded()) {
                log.warn("Mercado Pago payment {} of client {} is {}: flagged for review, due date unchanged",
                        payment.id(), charge.clientId(), payment.status());
                charges.flag(payment.id(), charge.clientId(), payment.status(), payment.amount(), now);
            }
            return;
        }
        if (!payment.approved()) {
            if (!charge.paymentRecorded() && payment.status() != null) {
                charges.status(payment.id(), payment.status(), now);
            }
            return;
        }
        if (charge.paymentRecorded()) {
            return;
        }
        String mismatch = mismatch(charge, payment);
        if (mismatch != null) {
            log.warn("Approved Mercado Pago payment {} of client {} not recorded: {}", payment.id(), charge.clientId(),
                    mismatch);
            charges.status(payment.id(), "review", now);
            charges.flag(payment.id(), charge.clientId(), mismatch, payment.amount(), now);
            return;
        }
        Optional<Client> client = clients.find(charge.clientId());
        if (client.isEmpty() || !charge.dueDate().equals(client.get().dueDate())) {
            // renewed by hand meanwhile (or deleted): a second renewal would be wrong; the reseller decides
            charges.status(payment.id(), "review", now);
            charges.flag(payment.id(), charge.clientId(), "due-date-changed", payment.amount(), now);
            return;
        }
        if (charges.claimRecording(payment.id(), now)) {
            record(charge, payment);
        }
    }

    private void record(Charge charge, ProviderPayment payment) {
        record(charge, payment.id());
    }

    private void record(Charge charge, String providerPaymentId) {
        Client client = clients.find(charge.clientId()).orElseThrow();
        boolean partial = client.value() != null && charge.amount().compareTo(client.value()) < 0;
        Payment recorded;
        try {
            recorded = payments.markPaid(client.id(), new PaymentRequest(calendar.today(), charge.amount(),
                    PaymentMethod.PIX, "Mercado Pago " + providerPaymentId, 1, BigDecimal.ZERO, partial),
                    paymentIdOf(providerPaymentId));
        } catch (RuntimeException e) {
            charges.releaseRecording(providerPaymentId);
            throw e;
        }
        charges.recorded(providerPaymentId, clock.instant());
        log.info("Mercado Pago payment {} recorded for client {}: due date {} -> {}", providerPaymentId, client.id(),
                recorded.previousDueDate(), recorded.newDueDate());
        if (recorded.renewed()) {
            messages.sendConfirmation(client.id(), recorded.newDueDate());
        }
        events.publishEvent(new ChargeApproved(client.id(), providerPaymentId, charge.amount()));
    }

    /**
     * Finishes the recordings the app stopped in the middle of (claimed more than a minute ago, never marked recorded):
     * when the payment reached the client's history it is only marked; when it did not, it is recorded now, under the
     * same id, so it is never recorded twice. Runs before each reconciliation.
     */
    synchronized int finishUnfinished() {
        int finished = 0;
        for (Charge charge : charges.recordingBefore(clock.instant().minus(UNFINISHED))) {
            String id = charge.providerPaymentId();
            try {
                Optional<Payment> stored = payments.recorded(paymentIdOf(id), charge.updatedAt());
                if (stored.isPresent() && payments.finishRenewal(stored.get())) {
                    // the stop came before the client's renewal, so before its confirmation too
                    charges.recorded(id, clock.instant());
                    if (stored.get().renewed()) {
                        messages.sendConfirmation(charge.clientId(), stored.get().newDueDate());
                    }
                } else if (stored.isPresent()) {
                    charges.recorded(id, clock.instant());
                    log.warn("Mercado Pago payment {} of client {} was recorded before the app stopped; its "
                            + "confirmation message may not have gone out", id, charge.clientId());
                } else if (clients.find(charge.clientId()).filter(c -> charge.dueDate().equals(c.dueDate())).isEmpty()) {
                    charges.releaseRecording(id);
                    charges.status(id, "review", clock.instant());
                    charges.flag(id, charge.clientId(), "due-date-changed", charge.amount(), clock.instant());
                } else {
                    log.info("Mercado Pago payment {} of client {}: recording it, the app stopped before it did",
                            id, charge.clientId());
                    record(charge, id);
                }
                finished++;
            } catch (RuntimeException e) {
                log.warn("Mercado Pago payment {}: its unfinished recording could not be finished; tried again next "
                        + "time", id, e);
            }
        }
        return finished;
    }

    /** The id a Mercado Pago payment is recorded under in the client's history: the same however often it is tried. */
    static String paymentIdOf(String providerPaymentId) {
        return java.util.UUID.nameUUIDFromBytes(("mercadopago:" + providerPaymentId)
                .getBytes(java.nio.charset.StandardCharsets.UTF_8)).toString();
    }

    /** Why an approved payment is not the one the charge asked for, or null when it is. */
    private static String mismatch(Charge charge, ProviderPayment payment) {
        if (payment.amount() == null || payment.amount().compareTo(charge.amount()) != 0) {
            return "amount-differs";
        }
        if (!"BRL".equals(payment.currency())) {
            return "currency-differs";
        }
        if (!charge.externalReference().equals(payment.externalReference())) {
            return "reference-differs";
        }
        return null;
    }

    private static String clientOf(String reference) {
        if (reference == null || !reference.startsWith("bcm:")) {
            return null;
        }
        int end = reference.lastIndexOf(':');
        return end > 4 ? reference.substring(4, end) : null;
    }
}
