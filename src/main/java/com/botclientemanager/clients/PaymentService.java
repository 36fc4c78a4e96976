package com.botclientemanager.clients;

import com.botclientemanager.clients.ClientsProperties.RenewFrom;
import com.botclientemanager.clients.internal.PaymentMonthFiles;
import com.botclientemanager.clients.internal.PaymentsDocument;
import com.botclientemanager.clients.internal.PaymentsMigration;
import com.botclientemanager.storage.Document;
import com.botclientemanager.storage.DocumentChange;
import com.botclientemanager.storage.DocumentStore;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * Renewals: "Marcar como pago" stores a payment in the current month's file ({@link PaymentMonthFiles}) and moves the client's due date forward by its
 * renewal period; the last payment of a client can be undone (its previous due date comes back). The reads of the month
 * files are in {@link StoredPayments}, the completion of a payment interrupted by a stop in {@link PaymentRecovery}.
 */
@Service
public class PaymentService {

    private static final int NOTE_MAX = 500;
    private static final Logger log = LoggerFactory.getLogger(PaymentService.class);

    private final DocumentStore store;
    private final ClientDirectory directory;
    private final ClientCalendar calendar;
    private final ClientSettingsService settings;
    private final ApplicationEventPublisher events;
    private final PaymentsMigration migration;
    private final StoredPayments stored;
    private final PaymentRecovery recovery;

    public PaymentService(DocumentStore store, ClientDirectory directory, ClientCalendar calendar,
            ClientSettingsService settings, ApplicationEventPublisher events, PaymentsMigration migration) {
        this.store = store;
        this.migration = migration;
        this.directory = directory;
        this.calendar = calendar;
        this.settings = settings;
        this.events = events;
        this.stored = new StoredPayments(store, calendar, migration);
        // the recovery takes this service's own lock: a recovery and "Marcar como pago" never interleave
        this.recovery = new PaymentRecovery(this, directory, settings, stored, events);
    }

    /**
     * The due date after a renewal: the paid period counts from the old due date, or (policy {@code TODAY}, client
     * overdue) from the payment day. Calendar rules apply: 31 January + 1 month is 28 or 29 February.
     */
    public static LocalDate renewedDueDate(LocalDate dueDate, Period period, LocalDate paidOn, RenewFrom policy) {
        LocalDate from = dueDate == null || (policy == RenewFrom.TODAY && dueDate.isBefore(paidOn)) ? paidOn : dueDate;
        return from.plus(period);
    }

    /** The due date the client would get from a payment on {@code paidOn}. */
    public LocalDate nextDueDate(Client client, LocalDate paidOn) {
        return renewedDueDate(client.dueDate(), client.renewalPeriodOrMonthly(), paidOn, settings.saved().renewFrom());
    }

    /** What a payment would do to the client (the dialog's preview of the new due date and balance). */
    public PaymentOutcome preview(Client client, PaymentRequest request) {
        return PaymentOutcome.of(client, request, settings.saved().renewFrom());
    }

    /**
     * Records a payment and renews the client by the periods paid, or, for a partial payment, adds it to what was paid
     * towards the current period (renewing one period once that reaches the price); returns the stored payment.
     */
    public Payment markPaid(String clientId, PaymentRequest request) {
        return markPaid(clientId, request, UUID.randomUUID().toString());
    }

    /**
     * {@link #markPaid(String, PaymentRequest)} under an id the caller derives from what it records (a receipt, a
     * Mercado Pago payment), so that after a crash {@link #recorded} tells whether the payment got stored.
     */
    public synchronized Payment markPaid(String clientId, PaymentRequest request, String paymentId) {
        Client client = directory.find(clientId).orElseThrow(() -> new ClientException("clients.error.not-found"));
        validate(request);
        PaymentOutcome outcome = preview(client, request);
        Payment payment = new Payment(paymentId, clientId, request.date(),
                request.amount().setScale(2, RoundingMode.UNNECESSARY), request.method(),
                request.note() == null ? "" : request.note().strip(), client.dueDate(), outcome.newDueDate(),
                calendar.now(), false, request.partial() ? 1 : request.periods(),
                request.discountOrZero().setScale(2, RoundingMode.UNNECESSARY), request.partial(),
                client.billingOrNone().paid(), outcome.previousValue());
        migration.migrate();
        // The record first, then the renewal: a stop in between leaves a payment that says what it did to the client,
        // which finishRenewal completes, never a client renewed without a record of why.
        Document monthFile = PaymentMonthFiles.month(PaymentMonthFiles.monthOf(payment.createdAt()));
        store.update(monthFile, DocumentChange.replacingElements("Pagamento de " + describe(client),
                document -> PaymentsDocument.append(document, payment)));
        try {
            directory.save(outcome.client());
        } catch (RuntimeException e) {
            try {
                store.update(monthFile, DocumentChange.replacingElements("Pagamento de " + describe(client)
                        + " não concluído", document -> PaymentsDocument.remove(document, payment.id())));
            } catch (RuntimeException again) {
                e.addSuppressed(again);
                log.error("Payment {} of client {} is stored but the client could not be renewed, nor the payment "
                        + "removed: it shows in the client's history with the due date not moved", payment.id(),
                        clientId);
            }
            throw e;
        }
        events.publishEvent(new PaymentRecorded(payment, client.name()));
        return payment;
    }

    /**
     * Completes a payment the app stopped recording between storing it and renewing its client: renews the client as
     * the payment says when the client still is as the payment found it (due date and partial payments) and the
     * payment is its newest one not undone. True when it renewed the client now; false when there was nothing to do
     * (already renewed, undone, a later payment, the client gone) or the renewal would now come out differently (the
     * renewal setting changed meanwhile: logged, left to the person).
     */
    public boolean finishRenewal(Payment payment) {
        return recovery.finishRenewal(payment);
    }

    /**
     * The payment stored under {@code paymentId} in the month file of {@code since} or a later one, if any: how a caller
     * that recorded under its own id learns, after the app stopped in the middle, whether the payment was stored.
     */
    public Optional<Payment> recorded(String paymentId, Instant since) {
        return stored.recorded(paymentId, since);
    }

    /** The client's payments, newest first (undone ones included, marked). Reads every month file. */
    public List<Payment> history(String clientId) {
        return stored.history(clientId);
    }

    /**
     * Every payment not undone whose date is within {@code from}..{@code to} (both included), for the dashboard. Reads
     * the months from {@code from} on.
     */
    public List<Payment> paidBetween(LocalDate from, LocalDate to) {
        return stored.paidBetween(from, to);
    }

    /**
     * Payments not undone made from {@code from} to {@code to} (whole months), summed by month, for the dashboard. Reads
     * the month files from {@code from} on; cheap while they are unchanged.
     */
    public PaymentTotals totals(YearMonth from, YearMonth to) {
        return stored.totals(from, to);
    }

    /** The payment "Desfazer" would undo: the client's newest payment that is not undone yet. */
    public Optional<Payment> lastPayment(String clientId) {
        return stored.last(clientId).map(StoredPayments.Found::payment);
    }

    /** Undoes the client's last payment: marks it undone (in its month's file) and restores the due date it replaced. */
    public synchronized Client undoLastPayment(String clientId) {
        Client client = directory.find(clientId).orElseThrow(() -> new ClientException("clients.error.not-found"));
        StoredPayments.Found found = stored.last(clientId)
                .orElseThrow(() -> new ClientException("clients.payment.error.nothing-to-undo"));
        Payment last = found.payment();
        // The client first, then the mark: a stop in between leaves the payment in the history with the client as
        // before it (as a stop while marking paid does), which shows; never a renewal left without its payment.
        Client restored = directory.save(undone(client, last));
        try {
            store.update(PaymentMonthFiles.month(found.month()), DocumentChange.replacingElements("Desfaz pagamento de "
                    + describe(client), document -> PaymentsDocument.markUndone(document, last.id(), calendar.now())));
        } catch (RuntimeException e) {
            try {
                directory.save(client);
            } catch (RuntimeException again) {
                e.addSuppressed(again);
            }
            throw e;
        }
        events.publishEvent(new PaymentUndone(last));
        return restored;
    }

    /** The client as it was before {@code last}: due date, partial payments and (when it applied one) price. */
    private static Client undone(Client client, Payment last) {
        Client restored = last.previousDueDate() == null ? client : client.withDueDate(last.previousDueDate());
        Billing billing = client.billingOrNone().withPaid(last.previousPaid());
        if (last.previousValue() != null) {
            billing = billing.withNextValue(client.value());
            restored = restored.withValue(last.previousValue());
        }
        return restored.withBilling(billing);
    }

    private void validate(PaymentRequest request) {
        if (request.date() == null) {
            throw new ClientException("clients.payment.error.date-required");
        }
        if (request.date().isAfter(calendar.today())) {
            throw new ClientException("clients.payment.error.date-future");
        }
        BigDecimal amount = request.amount();
        if (amount == null || amount.signum() <= 0 || amount.stripTrailingZeros().scale() > 2
                || amount.compareTo(new BigDecimal("10000000")) >= 0) {
            throw new ClientException("clients.payment.error.amount");
        }
        if (request.periods() < 1 || request.periods() > PaymentRequest.MAX_PERIODS) {
            throw new ClientException("clients.payment.error.periods");
        }
        BigDecimal discount = request.discountOrZero();
        if (discount.signum() < 0 || discount.stripTrailingZeros().scale() > 2
                || discount.compareTo(new BigDecimal("10000000")) >= 0) {
            throw new ClientException("clients.payment.error.discount");
        }
        if (request.method() == null) {
            throw new ClientException("clients.payment.error.method-required");
        }
        if (request.note() != null && request.note().length() > NOTE_MAX) {
            throw new ClientException("clients.payment.error.note-size");
        }
    }

    private static String describe(Client client) {
        return client.name() == null || client.name().isBlank() ? client.id() : client.name().strip();
    }
}
