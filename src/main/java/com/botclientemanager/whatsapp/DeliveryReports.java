package com.botclientemanager.whatsapp;

import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.IntStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;

/**
 * Applies the provider's delivery reports (webhooks) to the message log: one at a time per provider id in this process,
 * and the reports that came before the send was recorded (see {@link EarlyReports}) once it is.
 */
final class DeliveryReports {

    // the lines logged here have always been MessagingService's; operators filter on that logger
    private static final Logger log = LoggerFactory.getLogger(MessagingService.class);

    private final MessageRepository repository;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final EarlyReports earlyReports = new EarlyReports();
    private final Lock[] reportLocks = IntStream.range(0, 64).mapToObj(i -> new ReentrantLock()).toArray(Lock[]::new);

    DeliveryReports(MessageRepository repository, ApplicationEventPublisher events, Clock clock) {
        this.repository = repository;
        this.events = events;
        this.clock = clock;
    }

    /** See {@link MessagingService#applyDeliveryReport}. */
    boolean apply(String providerMessageId, MessageStatus status, String reason) {
        // Reports of one message arrive concurrently (a gateway sends "delivered" and "read" within milliseconds).
        // In this process they are applied one at a time; across instances the compare-and-set below decides, and
        // when another report moved the row first we look again, or a "read" after "delivered" would be lost.
        Lock lock = reportLock(providerMessageId);
        lock.lock();
        try {
            for (int round = 0; round < MessageStatus.values().length; round++) {
                Optional<LoggedMessage> row = repository.findByProviderMessageId(providerMessageId);
                if (row.isEmpty()) {
                    earlyReports.hold(providerMessageId, status, reason, clock.instant());
                    return false;
                }
                if (!row.get().status().canAdvanceTo(status)) {
                    return false;
                }
                LoggedMessage message = row.get();
                if (repository.advance(message.id(), message.status(), status, reason, clock.instant())) {
                    events.publishEvent(new MessageStatusChanged(message.id(), message.clientId(),
                            message.clientName(), message.kind(), status, reason));
                    return true;
                }
            }
            log.warn("A delivery report ({}) could not be applied after {} attempts: the message kept changing",
                    status, MessageStatus.values().length);
            return false;
        } finally {
            lock.unlock();
        }
    }

    /** Applies the reports that came for this id before the send was recorded (see {@link EarlyReports}). */
    void applyEarly(String providerMessageId) {
        if (providerMessageId == null) {
            return;
        }
        Lock lock = reportLock(providerMessageId);
        lock.lock();
        try {
            earlyReports.take(providerMessageId, clock.instant())
                    .forEach(report -> apply(providerMessageId, report.status(), report.reason()));
        } finally {
            lock.unlock();
        }
    }

    private Lock reportLock(String providerMessageId) {
        return reportLocks[Math.floorMod(providerMessageId.hashCode(), reportLocks.length)];
    }
}
