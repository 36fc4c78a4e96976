package com.botclientemanager.clients;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * A payment recorded by "Marcar como pago", as kept in {@code payments.json}.
 *
 * @param amount          what was received (counted as revenue on {@code date})
 * @param previousDueDate the client's due date before the payment (restored when the payment is undone); may be null
 * @param newDueDate      the due date the payment moved the client to (the same one for a partial payment short of
 *                        the period's price)
 * @param undone          true once the payment was undone (it stays in the history, crossed out)
 * @param periods         renewal periods paid (1-12); a partial payment renews one period once the price is reached
 * @param discount        taken off what was owed, zero when none
 * @param partial         paid towards the current period without renewing it until its price is reached
 * @param previousPaid    the partial payments towards the period before this one (restored on undo)
 * @param previousValue   the client's price before this renewal applied a price waiting for it, else null
 */
public record Payment(String id, String clientId, LocalDate date, BigDecimal amount, PaymentMethod method, String note,
        LocalDate previousDueDate, LocalDate newDueDate, LocalDateTime createdAt, boolean undone, int periods,
        BigDecimal discount, boolean partial, BigDecimal previousPaid, BigDecimal previousValue) {

    public Payment {
        periods = Math.max(1, periods);
        // zero the same way whether just recorded or read back from a file that does not hold the field
        discount = discount == null || discount.signum() == 0 ? BigDecimal.ZERO : discount;
        previousPaid = previousPaid == null || previousPaid.signum() == 0 ? BigDecimal.ZERO : previousPaid;
    }

    /** A payment of one whole period, without discount (as older files hold them). */
    public Payment(String id, String clientId, LocalDate date, BigDecimal amount, PaymentMethod method, String note,
            LocalDate previousDueDate, LocalDate newDueDate, LocalDateTime createdAt, boolean undone) {
        this(id, clientId, date, amount, method, note, previousDueDate, newDueDate, createdAt, undone, 1, null, false,
                null, null);
    }

    /** Whether it moved the due date (a partial payment only does once the period's price is reached). */
    public boolean renewed() {
        return newDueDate != null && !newDueDate.equals(previousDueDate);
    }
}
