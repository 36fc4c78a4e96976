package com.botclientemanager.receipts;

/** An item of "Pagamentos a confirmar" changed: a file arrived or was refused, or the reseller decided. */
public record ReceiptsChanged(long receiptId) {
}
