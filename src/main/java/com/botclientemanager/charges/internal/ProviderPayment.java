package com.botclientemanager.charges.internal;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A payment as the provider reports it.
 *
 * @param status            Mercado Pago's words: pending, approved, in_process, rejected, cancelled, refunded,
 *                          charged_back...
 * @param qrCode            the PIX "copia e cola" code (only while it can be paid)
 * @param expiresAt         when the charge can no longer be paid; may be null
 */
public record ProviderPayment(String id, String status, BigDecimal amount, String currency, String externalReference,
        String qrCode, Instant expiresAt) {

    public boolean approved() {
        return "approved".equals(status);
    }

    public boolean reversed() {
        return "refunded".equals(status) || "charged_back".equals(status);
    }
}
