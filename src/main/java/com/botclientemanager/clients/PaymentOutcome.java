package com.botclientemanager.clients;

import com.botclientemanager.clients.ClientsProperties.RenewFrom;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What a payment does to a client: whole periods move the due date at once; a partial payment adds to what was paid
 * towards the current period and renews one period only once that reaches the price (then nothing carries over).
 * A renewal applies a price waiting for the next renewal.
 *
 * @param newDueDate   the due date after the payment
 * @param paidAfter    the partial payments towards the period after the payment
 * @param balanceAfter what is still owed for the period after the payment (null when the client has no price)
 */
public record PaymentOutcome(LocalDate newDueDate, BigDecimal paidAfter, BigDecimal balanceAfter, Client client,
        BigDecimal previousValue) {

    public boolean renewed(Client before) {
        return newDueDate != null && !newDueDate.equals(before.dueDate());
    }

    static PaymentOutcome of(Client client, PaymentRequest request, RenewFrom policy) {
        Billing billing = client.billingOrNone();
        LocalDate due = client.dueDate();
        BigDecimal paid = BigDecimal.ZERO;
        int periods = request.periods();
        if (request.partial()) {
            BigDecimal price = client.value();
            if (price == null || price.signum() <= 0) {
                throw new ClientException("clients.payment.error.partial-without-price");
            }
            BigDecimal toward = billing.paid().add(request.amount()).add(request.discountOrZero());
            if (toward.compareTo(price) < 0) {
                periods = 0;
                paid = toward;
            } else {
                periods = 1;
            }
        }
        Client after = client;
        BigDecimal previousValue = null;
        if (periods > 0) {
            due = PaymentService.renewedDueDate(client.dueDate(),
                    client.renewalPeriodOrMonthly().multipliedBy(periods), request.date(), policy);
            after = after.withDueDate(due);
            if (billing.nextValue() != null) {
                previousValue = client.value();
                after = after.withValue(billing.nextValue());
                billing = billing.withNextValue(null);
            }
        }
        after = after.withBilling(billing.withPaid(paid));
        return new PaymentOutcome(due, paid, after.balance(), after, previousValue);
    }
}
