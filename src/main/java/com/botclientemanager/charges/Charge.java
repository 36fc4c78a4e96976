package com.botclientemanager.charges;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One PIX charge attempt for a client's due date.
 *
 * @param status          {@code creating} until Mercado Pago answered the creation, then Mercado Pago's status
 * @param paymentRecorded whether its approval became a payment in the client's history (set once)
 */
public record Charge(long id, String clientId, LocalDate dueDate, BigDecimal amount, int attempt,
        String idempotencyKey, String externalReference, String providerPaymentId, String status, String qrCode,
        Instant expiresAt, boolean paymentRecorded, Instant createdAt, Instant updatedAt) {

    public static final String CREATING = "creating";
    public static final String PENDING = "pending";

    /** Can still be paid at {@code at}: created at Mercado Pago, waiting for the transfer, not expired. */
    public boolean payableAt(Instant at) {
        return PENDING.equals(status) && qrCode != null && (expiresAt == null || expiresAt.isAfter(at));
    }
}
