package com.botclientemanager.clients;

import com.botclientemanager.clients.internal.PaymentMonthFiles;
import com.botclientemanager.clients.internal.PaymentMonths;
import com.botclientemanager.clients.internal.PaymentsDocument;
import com.botclientemanager.clients.internal.PaymentsMigration;
import com.botclientemanager.storage.DocumentStore;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import tools.jackson.databind.node.ObjectNode;

/**
 * The reads of {@link PaymentService} over the month files ({@link PaymentMonthFiles}): a payment, a client's history,
 * the payments and sums for the dashboard, and the payment "Desfazer" would undo. Each read migrates the older single
 * file first.
 */
final class StoredPayments {

    /** A payment and the month file that holds it. */
    record Found(Payment payment, YearMonth month) {
    }

    private final DocumentStore store;
    private final ClientCalendar calendar;
    private final PaymentsMigration migration;
    /** Sums of each month file's current version; one is rebuilt when the store holds a new version of its file. */
    private final Map<YearMonth, PaymentMonths> months = new ConcurrentHashMap<>();

    StoredPayments(DocumentStore store, ClientCalendar calendar, PaymentsMigration migration) {
        this.store = store;
        this.calendar = calendar;
        this.migration = migration;
    }

    /** See {@link PaymentService#recorded}. */
    Optional<Payment> recorded(String paymentId, Instant since) {
        migration.migrate();
        YearMonth first = YearMonth.from(since.atZone(calendar.zone()));
        for (YearMonth month : PaymentMonthFiles.months(store).reversed()) {
            if (month.isBefore(first)) {
                break;
            }
            Optional<Payment> found = PaymentsDocument.payments(store.read(PaymentMonthFiles.month(month))).stream()
                    .filter(payment -> payment.id().equals(paymentId)).findFirst();
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    /** See {@link PaymentService#history}. */
    List<Payment> history(String clientId) {
        migration.migrate();
        List<Payment> mine = new ArrayList<>();
        for (YearMonth month : PaymentMonthFiles.months(store).reversed()) {
            PaymentMonthFiles.readable(store, month).ifPresent(document -> mine.addAll(newestFirst(document, clientId)));
        }
        return List.copyOf(mine);
    }

    /** The client's payments recorded in one month, newest first. */
    private static List<Payment> newestFirst(ObjectNode document, String clientId) {
        List<Payment> mine = PaymentsDocument.paymentsOf(document, clientId);
        // Payments are appended: reversed file order is newest first, also for two recorded in the same instant.
        Collections.reverse(mine);
        mine.sort(Comparator.comparing(Payment::createdAt, Comparator.nullsLast(Comparator.reverseOrder())));
        return mine;
    }

    /**
     * See {@link PaymentService#paidBetween}. Reads the months from {@code from} on: a payment is in the file of the
     * month it was recorded, never before its date.
     */
    List<Payment> paidBetween(LocalDate from, LocalDate to) {
        migration.migrate();
        List<Payment> paid = new ArrayList<>();
        for (YearMonth month : PaymentMonthFiles.months(store)) {
            if (!month.isBefore(YearMonth.from(from))) {
                PaymentMonthFiles.readable(store, month).map(PaymentsDocument::payments).orElse(List.of()).stream()
                        .filter(p -> !p.undone() && p.date() != null && !p.date().isBefore(from) && !p.date().isAfter(to))
                        .forEach(paid::add);
            }
        }
        return paid;
    }

    /**
     * See {@link PaymentService#totals}: cheap while the files are unchanged, since the store hands out one document
     * instance per version, and each month's sums are kept until its file changes.
     */
    PaymentTotals totals(YearMonth from, YearMonth to) {
        migration.migrate();
        var received = new HashMap<YearMonth, BigDecimal>();
        var byDue = new HashMap<YearMonth, BigDecimal>();
        for (YearMonth month : PaymentMonthFiles.months(store)) {
            if (month.isBefore(from)) {
                continue;
            }
            ObjectNode document = PaymentMonthFiles.readable(store, month).orElse(null);
            if (document == null) {
                continue;
            }
            PaymentMonths index = months.get(month);
            if (index == null || !index.isOf(document)) {
                index = PaymentMonths.of(document);
                months.put(month, index);
            }
            index.sum(from, to, received, byDue);
        }
        return new PaymentTotals(received, byDue);
    }

    /**
     * The client's newest payment not undone, with its month. The newest month file holding a payment of the client
     * not undone holds the newest one: files go by recording. A damaged month on the way is not skipped (the payment to
     * undo may be in it): its error reaches the person.
     */
    Optional<Found> last(String clientId) {
        migration.migrate();
        for (YearMonth month : PaymentMonthFiles.months(store).reversed()) {
            Optional<Payment> last = newestFirst(store.read(PaymentMonthFiles.month(month)), clientId).stream().filter(p -> !p.undone()).findFirst();
            if (last.isPresent()) {
                return Optional.of(new Found(last.get(), month));
            }
        }
        return Optional.empty();
    }
}
