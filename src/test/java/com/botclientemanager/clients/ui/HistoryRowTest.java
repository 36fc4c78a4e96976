package com.botclientemanager.clients.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.botclientemanager.clients.ImportedRenewal;
import com.botclientemanager.clients.Payment;
import com.botclientemanager.clients.PaymentMethod;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A client's history: the app's payments and the older bot's renewals in one list, newest first. */
class HistoryRowTest {

    @Test
    void paymentsAndImportedRenewalsInterleaveNewestFirst() {
        Payment december = payment("p2", LocalDateTime.of(2026, 12, 10, 9, 0));
        Payment october = payment("p1", LocalDateTime.of(2026, 10, 10, 9, 0));
        ImportedRenewal november = new ImportedRenewal(LocalDateTime.of(2026, 11, 10, 9, 12), 30,
                LocalDate.of(2026, 11, 10), LocalDate.of(2026, 12, 10), new BigDecimal("30.0"));
        ImportedRenewal undated = new ImportedRenewal(null, 30, null, null, null);

        List<HistoryRow> rows = HistoryRow.merge(List.of(december, october), List.of(november, undated));

        assertThat(rows).extracting(r -> r.isImported() ? "imported " + r.date() : r.payment().id())
                .containsExactly("p2", "imported 2026-11-10", "p1", "imported null");
        assertThat(rows.get(1).amount()).isEqualByComparingTo("30.0");
        assertThat(rows.get(1).previousDueDate()).isEqualTo(LocalDate.of(2026, 11, 10));
        assertThat(rows.get(1).undone()).isFalse();
    }

    private static Payment payment(String id, LocalDateTime at) {
        return new Payment(id, "c", at.toLocalDate(), new BigDecimal("30.00"), PaymentMethod.PIX, "", null, null, at, false);
    }
}
