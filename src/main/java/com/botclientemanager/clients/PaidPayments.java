package com.botclientemanager.clients;

import com.botclientemanager.clients.internal.PaymentColumns;
import com.botclientemanager.clients.internal.PaymentMonthFiles;
import com.botclientemanager.clients.internal.PaymentsMigration;
import com.botclientemanager.storage.DocumentStore;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Service;
import tools.jackson.databind.node.ObjectNode;

/**
 * Read-only walk over the payments not undone, for reports: each month file is turned into columns once per stored
 * version and kept, so a report over 1.2M payments reads no JSON while the files are unchanged. A damaged month file is
 * skipped (the banner on every page names it).
 */
@Service
public class PaidPayments {

    /** Receives one payment: who paid, on which day, how much (in cents) and the due date it paid (may be null). */
    @FunctionalInterface
    public interface Visitor {
        void paid(String clientId, LocalDate date, long cents, LocalDate previousDueDate);
    }

    private final DocumentStore store;
    private final PaymentsMigration migration;
    private final Map<YearMonth, PaymentColumns> months = new ConcurrentHashMap<>();

    public PaidPayments(DocumentStore store, PaymentsMigration migration) {
        this.store = store;
        this.migration = migration;
    }

    /** Calls {@code visitor} for each payment not undone dated {@code from} to {@code to}, both included. */
    public void forEach(LocalDate from, LocalDate to, Visitor visitor) {
        migration.migrate();
        // a payment is in the file of the month it was recorded, never before its date
        YearMonth first = YearMonth.from(from);
        for (YearMonth month : PaymentMonthFiles.months(store)) {
            if (month.isBefore(first)) {
                continue;
            }
            ObjectNode document = PaymentMonthFiles.readable(store, month).orElse(null);
            if (document == null) {
                continue;
            }
            PaymentColumns columns = months.get(month);
            if (columns == null || !columns.isOf(document)) {
                columns = PaymentColumns.of(document);
                months.put(month, columns);
            }
            columns.forEach(from, to, visitor);
        }
    }
}
