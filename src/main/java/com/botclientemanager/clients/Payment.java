package com.botclientemanager.clients;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * A payment recorded by "Marcar como pago", as kept in {@code payments.json}.
 *
 * @param previousDueDate the client's due date before the payment (restored when the payment is undone); may be null
 * @param newDueDate      the due date the payment moved the client to
 * @param undone          true once the payment was undone (it stays in the history, crossed out)
 */
public record Payment(String id, String clientId, LocalDate date, BigDecimal amount, PaymentMethod method, String note,
        LocalDate previousDueDate, LocalDate newDueDate, LocalDateTime createdAt, boolean undone) {
}
