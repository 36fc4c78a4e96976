package com.botclientemanager.receipts;

/** PENDING waits for the reseller; CONFIRMING while the payment is being recorded; then CONFIRMED or REFUSED. */
public enum ReceiptStatus {
    PENDING, CONFIRMING, CONFIRMED, REFUSED
}
