package com.botclientemanager.receipts;

/** A new item in "Pagamentos a confirmar". */
public record ReceiptAwaiting(long receiptId, String clientId) {
}
