package com.botclientemanager.whatsapp;

import com.botclientemanager.whatsapp.GatewayResult.FailureCause;
import io.micrometer.core.instrument.Timer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;

/**
 * One attempt at a message: claims its row (SENDING), calls the gateway and writes the outcome right after, so a crash
 * leaves at most one message in doubt. Stops all sending when the provider rejects the credentials.
 */
final class GatewayDispatch {

    /** A SENDING row older than this belongs to a sender that died; a new attempt may take it over. */
    static final Duration STALE_SENDING = Duration.ofMinutes(5);
    // the lines logged here have always been MessagingService's; operators filter on that logger
    private static final Logger log = LoggerFactory.getLogger(MessagingService.class);

    private final WhatsAppGateway gateway;
    private final MessageRepository repository;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Timer unrecordedWindow;
    private final DeliveryReports deliveryReports;
    /** Set when the provider rejected our credentials: sending stops until the configuration is fixed (restart). */
    private final AtomicReference<String> credentialsProblem = new AtomicReference<>();

    GatewayDispatch(WhatsAppGateway gateway, MessageRepository repository, ApplicationEventPublisher events, Clock clock,
            Timer unrecordedWindow, DeliveryReports deliveryReports) {
        this.gateway = gateway;
        this.repository = repository;
        this.events = events;
        this.clock = clock;
        this.unrecordedWindow = unrecordedWindow;
        this.deliveryReports = deliveryReports;
    }

    /** The i18n key of why sending stopped (rejected credentials); null while sending may go on. */
    String credentialsProblem() {
        return credentialsProblem.get();
    }

    void credentialsChanged() {
        credentialsProblem.set(null);
    }

    /** Returns the row id to send, or empty when the reminder already went out. */
    Optional<Long> claim(SendRequest request) {
        Instant now = now();
        if (request.reminderKey() == null) {
            return Optional.of(repository.insert(request, gateway.provider(), MessageStatus.SENDING, null, 1, now));
        }
        for (int round = 0; round < 2; round++) {
            Optional<LoggedMessage> existing = repository.findByReminderKey(request.reminderKey());
            if (existing.isPresent()) {
                LoggedMessage message = existing.get();
                if (message.status().wentOut()) {
                    return Optional.empty();
                }
                if (!repository.claim(message.id(), request, now.minus(STALE_SENDING), now)) {
                    throw TransientSendException.inProgress();
                }
                return Optional.of(message.id());
            }
            try {
                return Optional.of(repository.insert(request, gateway.provider(), MessageStatus.SENDING, null, 1, now));
            } catch (DuplicateKeyException raced) {
                // another caller inserted the same reminder a moment ago: look at its row
            }
        }
        throw TransientSendException.inProgress();
    }

    /** Takes an existing row (FAILED or MISSED) for one more attempt; false when another attempt holds it. */
    boolean claimAgain(long messageId, SendRequest request) {
        return repository.claim(messageId, request, now().minus(STALE_SENDING), now());
    }

    /** Sends the claimed row {@code id} and records the outcome; see {@link MessagingService#send}. */
    SendOutcome deliver(long id, SendRequest request) {
        GatewayResult result = callGateway(request);
        long accepted = System.nanoTime();
        switch (result.kind()) {
            case ACCEPTED -> {
                repository.finish(id, MessageStatus.SENT, result.providerMessageId(), null, now());
                unrecordedWindow.record(System.nanoTime() - accepted, TimeUnit.NANOSECONDS);
                publish(id, request, MessageStatus.SENT, null);
                deliveryReports.applyEarly(result.providerMessageId());
                return SendOutcome.SENT;
            }
            case SIMULATED -> {
                repository.finish(id, MessageStatus.SIMULATED, null, null, now());
                publish(id, request, MessageStatus.SIMULATED, null);
                return SendOutcome.SIMULATED;
            }
            case PERMANENT_FAILURE -> {
                String reason = reason(result);
                repository.finish(id, MessageStatus.FAILED, null, reason, now());
                if (result.cause() == FailureCause.INVALID_CREDENTIALS) {
                    if (credentialsProblem.getAndSet(result.reasonKey()) == null) {
                        events.publishEvent(new CredentialsRejected(gateway.provider()));
                    }
                    log.error("WhatsApp provider {} rejected the credentials: sending stopped until the configuration "
                            + "is fixed and the app restarted", gateway.provider());
                }
                publish(id, request, MessageStatus.FAILED, reason);
                if (result.cause() == FailureCause.NOT_ON_WHATSAPP) {
                    events.publishEvent(new PhoneNotOnWhatsApp(request.clientId(), request.phone()));
                }
                return SendOutcome.FAILED;
            }
            default -> {
                String reason = reason(result);
                // a reminder waits for its job's retry; a message sent by hand has no retry, so it is failed and
                // offers "Reenviar" in the log
                MessageStatus status = request.reminderKey() == null ? MessageStatus.FAILED : MessageStatus.QUEUED;
                repository.finish(id, status, null, reason, now());
                publish(id, request, status, reason);
                throw new TransientSendException(result.reasonKey(), result.retryAfter());
            }
        }
    }

    private GatewayResult callGateway(SendRequest request) {
        try {
            return request.cloudTemplate() == null
                    ? gateway.sendText(request.phone(), request.text())
                    : gateway.sendTemplate(request.phone(), request.cloudTemplate(), request.text());
        } catch (RuntimeException e) {
            log.warn("WhatsApp gateway {} failed unexpectedly: {}", gateway.provider(), e.toString());
            return GatewayResult.transientFailure(FailureCause.UNAVAILABLE, null, null);
        }
    }

    private static String reason(GatewayResult result) {
        return result.detail() == null || result.detail().isBlank()
                ? result.reasonKey() : result.reasonKey() + " | " + result.detail();
    }

    private void publish(long id, SendRequest request, MessageStatus status, String reason) {
        events.publishEvent(MessageStatusChanged.of(id, request, status, reason));
    }

    private Instant now() {
        return clock.instant();
    }
}
