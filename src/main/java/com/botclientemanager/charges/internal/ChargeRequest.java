package com.botclientemanager.charges.internal;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

/** A PIX charge to create: the exact amount, our reference, its expiry and the key that makes a retry harmless. */
public record ChargeRequest(BigDecimal amount, String description, String externalReference, OffsetDateTime expiresAt,
        String idempotencyKey, String payerEmail, String payerFirstName) {
}
