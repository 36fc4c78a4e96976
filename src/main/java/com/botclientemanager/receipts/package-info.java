/**
 * "Pagamentos a confirmar": payment receipts a client sends ("PAGUEI", a photo or PDF on WhatsApp, or "Já paguei" on
 * the client page) wait here for the reseller, who confirms (records the payment and renews) or refuses in one click.
 * Nothing is marked paid without that click. Other modules call
 * {@link com.botclientemanager.receipts.ReceiptService#submit} and listen to
 * {@link com.botclientemanager.receipts.ReceiptAwaiting}.
 */
package com.botclientemanager.receipts;
