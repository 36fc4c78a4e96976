package com.botclientemanager.receipts;

/** Where a receipt came from: a WhatsApp message, or the client's own page ("Já paguei"). */
public enum ReceiptSource {
    WHATSAPP, CLIENT_PAGE
}
