package com.botclientemanager.charges;

import java.math.BigDecimal;

/** Published once after an approved Mercado Pago payment was recorded as the client's payment. */
public record ChargeApproved(String clientId, String providerPaymentId, BigDecimal amount) {
}
