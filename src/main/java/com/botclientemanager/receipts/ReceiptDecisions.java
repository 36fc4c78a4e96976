package com.botclientemanager.receipts;

import com.botclientemanager.clients.ClientException;
import com.botclientemanager.clients.ManualSends;
import com.botclientemanager.clients.MessageChoice;
import com.botclientemanager.clients.Payment;
import com.botclientemanager.clients.PaymentRequest;
import com.botclientemanager.clients.PaymentService;
import com.botclientemanager.receipts.internal.ReceiptRepository;
import java.time.Clock;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * The reseller's click on an item: "Confirmar" records the payment (the same as "Marcar como pago") and renews, once
 * even when clicked twice; "Recusar" closes it and may send the client a message.
 */
@Service
public class ReceiptDecisions {

    public static final int MAX_REFUSAL = 1000;

    private final ReceiptRepository repository;
    private final PaymentService payments;
    private final ManualSends sends;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ReceiptDecisions(ReceiptRepository repository, PaymentService payments, ManualSends sends,
            ApplicationEventPublisher events, ObjectProvider<Clock> clock) {
        this.repository = repository;
        this.payments = payments;
        this.sends = sends;
        this.events = events;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    /**
     * Records the payment for the item's client and marks the item confirmed; empty when the item was already decided
     * (a second click), so the payment is recorded once.
     *
     * @throws ClientException when the payment is not valid (nothing changes then; the item keeps waiting)
     */
    public Optional<Payment> confirm(long receiptId, PaymentRequest request, boolean sendConfirmation) {
        Receipt receipt = repository.find(receiptId).orElse(null);
        if (receipt == null || !repository.move(receiptId, ReceiptStatus.PENDING, ReceiptStatus.CONFIRMING,
                clock.instant(), null, null)) {
            return Optional.empty();
        }
        Payment payment;
        try {
            payment = payments.markPaid(receipt.clientId(), request);
        } catch (RuntimeException e) {
            repository.move(receiptId, ReceiptStatus.CONFIRMING, ReceiptStatus.PENDING, clock.instant(), null, null);
            throw e;
        }
        repository.move(receiptId, ReceiptStatus.CONFIRMING, ReceiptStatus.CONFIRMED, clock.instant(), null,
                payment.id());
        events.publishEvent(new ReceiptsChanged(receiptId));
        if (sendConfirmation) {
            sends.sendConfirmation(receipt.clientId(), payment.newDueDate());
        }
        return Optional.of(payment);
    }

    /**
     * Closes the item without a payment; a non-blank {@code message} goes to the client as a manual message. False when
     * it was already decided.
     *
     * @throws ClientException when the message is too long
     */
    public boolean refuse(long receiptId, String message) {
        String text = message == null ? "" : message.strip();
        if (text.length() > MAX_REFUSAL) {
            throw new ClientException("receipts.refuse.error.long", MAX_REFUSAL);
        }
        Receipt receipt = repository.find(receiptId).orElse(null);
        if (receipt == null || !repository.move(receiptId, ReceiptStatus.PENDING, ReceiptStatus.REFUSED,
                clock.instant(), text.isEmpty() ? null : text, null)) {
            return false;
        }
        events.publishEvent(new ReceiptsChanged(receiptId));
        if (!text.isEmpty()) {
            sends.sendOne(receipt.clientId(), MessageChoice.freeText(text));
        }
        return true;
    }
}
