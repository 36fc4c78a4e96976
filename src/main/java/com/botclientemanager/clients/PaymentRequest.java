package com.botclientemanager.clients;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What the "Marcar como pago" dialog asks: the day paid, the amount, the method, a note, how many periods it pays
 * (1-12), a discount, and whether it is a partial payment towards the current period.
 */
public record PaymentRequest(LocalDate date, BigDecimal amount, PaymentMethod method, String note, int periods,
        BigDecimal discount, boolean partial) {

    public static final int MAX_PERIODS = 12;

    /** One whole period without discount. */
    public PaymentRequest(LocalDate date, BigDecimal amount, PaymentMethod method, String note) {
        this(date, amount, method, note, 1, BigDecimal.ZERO, false);
    }

    public BigDecimal discountOrZero() {
        return discount == null ? BigDecimal.ZERO : discount;
    }
}
