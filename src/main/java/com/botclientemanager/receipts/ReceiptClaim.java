package com.botclientemanager.receipts;

import java.time.Instant;
import java.util.Objects;

/**
 * A client saying they paid.
 *
 * @param media             the receipt file (image or PDF), may be null
 * @param providerMessageId the WhatsApp message id, may be null; a second claim with the same id is a duplicate
 */
public record ReceiptClaim(String clientId, ReceiptSource source, String text, String mediaContentType, byte[] media,
        String providerMessageId, Instant receivedAt) {

    public ReceiptClaim {
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(receivedAt, "receivedAt");
    }
}
