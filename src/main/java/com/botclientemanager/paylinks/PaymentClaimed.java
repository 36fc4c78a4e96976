package com.botclientemanager.paylinks;

import java.time.Instant;

/**
 * A client told the app on their page that they paid ("Já paguei"), maybe with a receipt.
 *
 * @param contentType the receipt's type (image/jpeg, image/png, image/webp or application/pdf), null without a file
 * @param file        the receipt as uploaded, checked by its first bytes; null when none was sent
 * @param note        what the client wrote, may be empty
 */
public record PaymentClaimed(String clientId, String contentType, byte[] file, String note, Instant at) {
}
