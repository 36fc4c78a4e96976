package com.botclientemanager.clients;

/**
 * Published after a payment was stored and the client's due date moved (the dashboard's "Recebido no mês" and the
 * payment confirmation message react to it).
 *
 * @param clientName the client's name at the time of the payment
 */
public record PaymentRecorded(Payment payment, String clientName) {
}
