package com.botclientemanager.charges;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A payment the reseller has to look at by hand; nothing was recorded or undone for it.
 *
 * @param reason amount-differs, reference-differs, currency-differs, due-date-changed, unknown-reference, refunded,
 *               charged_back
 */
public record ChargeReview(String providerPaymentId, String clientId, String reason, BigDecimal amount,
        Instant flaggedAt) {
}
