package com.botclientemanager.clients.ui;

import com.botclientemanager.clients.ImportedRenewal;
import com.botclientemanager.clients.Payment;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * One line of a client's history: a payment recorded here, or a renewal the older bot recorded (imported, read-only).
 *
 * @param payment  the app's payment, null for an imported renewal
 * @param imported the older bot's renewal, null for a payment
 */
record HistoryRow(Payment payment, ImportedRenewal imported) {

    /** The app's payments (newest first) and the older bot's renewals in one list, newest first. */
    static List<HistoryRow> merge(List<Payment> payments, List<ImportedRenewal> renewals) {
        List<HistoryRow> rows = new ArrayList<>(payments.size() + renewals.size());
        payments.forEach(p -> rows.add(new HistoryRow(p, null)));
        renewals.forEach(r -> rows.add(new HistoryRow(null, r)));
        // stable: payments keep their order among themselves, as do the renewals
        rows.sort(Comparator.comparing(HistoryRow::when, Comparator.nullsLast(Comparator.reverseOrder())));
        return rows;
    }

    private LocalDateTime when() {
        if (payment != null) {
            return payment.createdAt() != null ? payment.createdAt()
                    : payment.date() == null ? null : payment.date().atStartOfDay();
        }
        return imported.renewedAt();
    }

    boolean isImported() {
        return imported != null;
    }

    boolean undone() {
        return payment != null && payment.undone();
    }

    LocalDate date() {
        return payment != null ? payment.date() : imported.renewedAt() == null ? null : imported.renewedAt().toLocalDate();
    }

    BigDecimal amount() {
        return payment != null ? payment.amount() : imported.value();
    }

    LocalDate previousDueDate() {
        return payment != null ? payment.previousDueDate() : imported.previousDueDate();
    }

    LocalDate newDueDate() {
        return payment != null ? payment.newDueDate() : imported.newDueDate();
    }
}
