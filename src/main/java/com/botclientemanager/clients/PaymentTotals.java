package com.botclientemanager.clients;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Map;

/**
 * Sums of the payments (not undone) made in a range of months.
 *
 * @param receivedByMonth by the month the payment was made
 * @param paidByDueMonth  the same payments by the month of the due date they paid (their previous due date)
 */
public record PaymentTotals(Map<YearMonth, BigDecimal> receivedByMonth, Map<YearMonth, BigDecimal> paidByDueMonth) {

    public PaymentTotals {
        receivedByMonth = Map.copyOf(receivedByMonth);
        paidByDueMonth = Map.copyOf(paidByDueMonth);
    }

    public BigDecimal received(YearMonth month) {
        return receivedByMonth.getOrDefault(month, BigDecimal.ZERO);
    }

    public BigDecimal paidForDueMonth(YearMonth month) {
        return paidByDueMonth.getOrDefault(month, BigDecimal.ZERO);
    }
}
