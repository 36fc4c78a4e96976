package com.botclientemanager.clients;

/** Published after the last payment of a client was undone and its previous due date restored. */
public record PaymentUndone(Payment payment) {
}
