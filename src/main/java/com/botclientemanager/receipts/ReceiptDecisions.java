package com.botclientemanager.receipts;

import com.botclientemanager.clients.ClientException;
import com.botclientemanager.clients.ManualSends;
import com.botclientemanager.clients.MessageChoice;
import com.botclientemanager.clients.Payment;
import com.botclientemanager.clients.PaymentRequest;
import com.botclientemanager.clients.PaymentService;
import com.botclientemanager.receipts.internal.ReceiptRepository;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

/**
 * The reseller's click on an item: "Confirmar" records the payment (the same as "Marcar como pago") and renews, once
 * even when clicked twice; "Recusar" closes it and may send the client a message.
 */
@Service
public class ReceiptDecisions {

    public static final int MAX_REFUSAL = 1000;
    /** An item in CONFIRMING for longer than this was left there by a stop in the middle. */
    static final Duration UNFINISHED = Duration.ofMinutes(1);
    private static final Logger log = LoggerFactory.getLogger(ReceiptDecisions.class);

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
            payment = payments.markPaid(receipt.clientId(), request, paymentIdOf(receipt));
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
     * Finishes the items the app stopped in the middle of confirming (in CONFIRMING for more than a minute; a
     * confirmation takes well under a second): confirmed when their payment reached the client's history, waiting for
     * the reseller again when it did not. Runs when the app is ready and whenever the list is shown.
     *
     * @return how many items were finished
     */
    @EventListener(ApplicationReadyEvent.class)
    public synchronized int finishUnfinished() {
        int finished = 0;
        for (Map.Entry<Long, Instant> item : repository.confirmingBefore(clock.instant().minus(UNFINISHED)).entrySet()) {
            Receipt receipt = repository.find(item.getKey()).orElse(null);
            if (receipt == null) {
                continue;
            }
            Instant since = item.getValue().isAfter(receipt.createdAt()) ? item.getValue() : receipt.createdAt();
            try {
                Optional<Payment> stored = payments.recorded(paymentIdOf(receipt), since);
                if (stored.isPresent()) {
                    payments.finishRenewal(stored.get()); // the stop may have come before the client was renewed
                    repository.move(receipt.id(), ReceiptStatus.CONFIRMING, ReceiptStatus.CONFIRMED, clock.instant(),
                            null, stored.get().id());
                    log.warn("Receipt {} of client {}: its payment was recorded before the app stopped; marked "
                            + "confirmed (a confirmation message, if one was asked for, did not go out)", receipt.id(),
                            receipt.clientId());
                } else {
                    repository.move(receipt.id(), ReceiptStatus.CONFIRMING, ReceiptStatus.PENDING, clock.instant(),
                            null, null);
                    log.warn("Receipt {} of client {}: the app stopped before its payment was recorded; it waits "
                            + "for the reseller again", receipt.id(), receipt.clientId());
                }
                events.publishEvent(new ReceiptsChanged(receipt.id()));
                finished++;
            } catch (RuntimeException e) {
                log.warn("Receipt {}: its unfinished confirmation could not be finished now; tried again later",
                        receipt.id(), e);
            }
        }
        return finished;
    }

    /** The id an item's payment is recorded under: the same every time for the item, different for every item. */
    static String paymentIdOf(Receipt receipt) {
        return UUID.nameUUIDFromBytes(("receipt:" + receipt.id() + ":" + receipt.createdAt().toEpochMilli())
                .getBytes(StandardCharsets.UTF_8)).toString();
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
