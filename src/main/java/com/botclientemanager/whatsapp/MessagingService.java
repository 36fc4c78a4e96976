package com.botclientemanager.whatsapp;

import com.botclientemanager.validation.Phones;
import com.botclientemanager.whatsapp.GatewayResult.FailureCause;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.MatchResult;
import java.util.stream.Collectors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.IntStream;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

/**
 * Sends messages through the configured {@link WhatsAppGateway} and keeps the message log. Idempotent by reminder key:
 * a message that went out (sent, delivered, read or simulated) is never sent again. SENDING is written before the
 * gateway is called and the outcome right after it, so a crash leaves at most one message in doubt.
 */
@Service
public class MessagingService {

    /** A SENDING row older than this belongs to a sender that died; a new attempt may take it over. */
    static final Duration STALE_SENDING = Duration.ofMinutes(5);
    /** A placeholder-shaped word ({nome}, {plan_type}) that rendering left in a text: it never reaches a client. */
    private static final Pattern PLACEHOLDER_LIKE = Pattern.compile("\\{[\\p{L}_][\\p{L}\\p{N}_]*}");
    static final String UNFILLED_PLACEHOLDER = "whatsapp.reason.unfilled-placeholder";
    private static final Logger log = LoggerFactory.getLogger(MessagingService.class);

    private final WhatsAppGateway gateway;
    private final MessageRepository repository;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Timer unrecordedWindow;
    /** Set when the provider rejected our credentials: sending stops until the configuration is fixed (restart). */
    private final AtomicReference<String> credentialsProblem = new AtomicReference<>();
    private final EarlyReports earlyReports = new EarlyReports();
    private final Lock[] reportLocks = IntStream.range(0, 64).mapToObj(i -> new ReentrantLock()).toArray(Lock[]::new);

    /** Uses the app's {@link Clock} bean when there is one. */
    @Autowired
    public MessagingService(WhatsAppGateway gateway, MessageRepository repository, ApplicationEventPublisher events,
            ObjectProvider<Clock> clock, ObjectProvider<MeterRegistry> meters) {
        this(gateway, repository, events, clock.getIfAvailable(Clock::systemUTC),
                meters.getIfAvailable(SimpleMeterRegistry::new));
    }

    MessagingService(WhatsAppGateway gateway, MessageRepository repository, ApplicationEventPublisher events) {
        this(gateway, repository, events, Clock.systemUTC());
    }

    MessagingService(WhatsAppGateway gateway, MessageRepository repository, ApplicationEventPublisher events, Clock clock) {
        this(gateway, repository, events, clock, new SimpleMeterRegistry());
    }

    private MessagingService(WhatsAppGateway gateway, MessageRepository repository, ApplicationEventPublisher events,
            Clock clock, MeterRegistry meters) {
        this.gateway = gateway;
        this.repository = repository;
        this.events = events;
        this.clock = clock;
        this.unrecordedWindow = Timer.builder("bcm.whatsapp.unrecorded.window")
                .description("From the gateway accepting a message to its SENT record being committed: the only time "
                        + "in which a crash can lead to the message being sent twice")
                .publishPercentiles(0.5, 0.99)
                .register(meters);
    }

    /** The timer of the duplicate window (see {@link #deliver}): its count, percentiles and maximum. */
    public Timer unrecordedWindow() {
        return unrecordedWindow;
    }

    /**
     * Sends one message, or returns {@link SendOutcome#ALREADY_SENT} when its reminder key already went out.
     *
     * @throws TransientSendException when the provider cannot take it now; the attempt is logged, retry later
     */
    public SendOutcome send(SendRequest request) {
        if (!Phones.sendable(request.phone())) {
            return recordImmediateFailure(request, "whatsapp.reason.invalid-phone");
        }
        List<String> leftOver = placeholdersIn(request.text());
        if (!leftOver.isEmpty()) {
            return refuseUnfilled(request, leftOver);
        }
        String blocked = credentialsProblem.get();
        if (blocked != null) {
            return recordImmediateFailure(request, blocked);
        }
        Optional<Long> claimed = claim(request);
        if (claimed.isEmpty()) {
            return SendOutcome.ALREADY_SENT;
        }
        return deliver(claimed.get(), request);
    }

    /**
     * Sends a FAILED message again (the log's "Reenviar") or a MISSED reminder late ("Enviar agora"); empty when the
     * message is neither.
     */
    public Optional<SendOutcome> resend(long messageId) {
        Optional<LoggedMessage> row = repository.findById(messageId)
                .filter(m -> m.status() == MessageStatus.FAILED || m.status() == MessageStatus.MISSED);
        if (row.isEmpty()) {
            return Optional.empty();
        }
        LoggedMessage message = row.get();
        SendRequest request = new SendRequest(message.clientId(), message.clientName(), message.phone(), message.kind(),
                message.text(), null, message.reminderKey());
        if (!placeholdersIn(message.text()).isEmpty()) {
            return Optional.of(SendOutcome.FAILED);
        }
        if (credentialsProblem.get() != null || !repository.claim(messageId, request, now().minus(STALE_SENDING), now())) {
            return Optional.of(SendOutcome.FAILED);
        }
        return Optional.of(deliver(messageId, request));
    }

    /**
     * Logs a message as FAILED without sending it because its text would still hold these placeholders (names without
     * braces, left raw or without a value); the reason names them and the client, so the log and the dashboard say what
     * to fix.
     */
    public SendOutcome refuseUnfilled(SendRequest request, List<String> placeholders) {
        String names = placeholders.stream().map(name -> name.startsWith("{") ? name : "{" + name + "}")
                .collect(Collectors.joining(", "));
        log.warn("Message {} to client {} ({}) not sent: placeholder(s) {} without a value", request.kind(),
                request.clientId(), request.clientName(), names);
        return recordImmediateFailure(request, UNFILLED_PLACEHOLDER + " | " + names + " · "
                + Objects.requireNonNullElse(request.clientName(), request.clientId()));
    }

    private static List<String> placeholdersIn(String text) {
        return PLACEHOLDER_LIKE.matcher(text).results().map(MatchResult::group).distinct().toList();
    }

    /** Logs a reminder of a past day that never went out (status MISSED); nothing is sent. */
    public void recordMissed(SendRequest request) {
        Optional<LoggedMessage> existing = Optional.ofNullable(request.reminderKey()).flatMap(repository::findByReminderKey);
        if (existing.isPresent()) {
            LoggedMessage message = existing.get();
            if (!message.status().wentOut() && message.status() != MessageStatus.MISSED
                    && repository.advance(message.id(), message.status(), MessageStatus.MISSED, null, now())) {
                publish(message.id(), request, MessageStatus.MISSED, null);
            }
            return;
        }
        try {
            long id = repository.insert(request, gateway.provider(), MessageStatus.MISSED, null, 0, now());
            publish(id, request, MessageStatus.MISSED, null);
        } catch (DuplicateKeyException raced) {
            // another caller logged this reminder at the same moment: nothing left to record
        }
    }

    /** Marks a reminder as failed for good (its retries are spent). */
    public void recordFailed(String reminderKey, String reason) {
        repository.findByReminderKey(reminderKey)
                .filter(m -> !m.status().wentOut() && m.status() != MessageStatus.FAILED)
                .ifPresent(m -> {
                    // the last attempt's reason carries the provider's detail ("... | HTTP 500"); keep it when it agrees
                    String last = m.reason() != null && reason != null && m.reason().startsWith(reason) ? m.reason() : reason;
                    if (repository.advance(m.id(), m.status(), MessageStatus.FAILED, last, now())) {
                        events.publishEvent(new MessageStatusChanged(m.id(), m.clientId(), m.clientName(), m.kind(),
                                MessageStatus.FAILED, last));
                    }
                });
    }

    /** Whether the reminder has a final outcome (see {@link MessageStatus#isFinal()}): no automatic send is due. */
    public boolean hasFinalOutcome(String reminderKey) {
        return repository.findByReminderKey(reminderKey).map(m -> m.status().isFinal()).orElse(false);
    }

    /** Whether the message log has any row for this reminder. */
    public boolean hasRecord(String reminderKey) {
        return repository.findByReminderKey(reminderKey).isPresent();
    }

    public boolean alreadySent(String reminderKey) {
        return repository.findByReminderKey(reminderKey).map(m -> m.status().wentOut()).orElse(false);
    }

    /**
     * Records a delivery report of the provider (webhook). Only moves forward; a repeated or unknown report changes
     * nothing and returns false.
     */
    public boolean applyDeliveryReport(String providerMessageId, MessageStatus status, String reason) {
        // Reports of one message arrive concurrently (a gateway sends "delivered" and "read" within milliseconds).
        // In this process they are applied one at a time; across instances the compare-and-set below decides, and
        // when another report moved the row first we look again, or a "read" after "delivered" would be lost.
        Lock lock = reportLock(providerMessageId);
        lock.lock();
        try {
            for (int round = 0; round < MessageStatus.values().length; round++) {
                Optional<LoggedMessage> row = repository.findByProviderMessageId(providerMessageId);
                if (row.isEmpty()) {
                    earlyReports.hold(providerMessageId, status, reason, now());
                    return false;
                }
                if (!row.get().status().canAdvanceTo(status)) {
                    return false;
                }
                LoggedMessage message = row.get();
                if (repository.advance(message.id(), message.status(), status, reason, now())) {
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

    private Lock reportLock(String providerMessageId) {
        return reportLocks[Math.floorMod(providerMessageId.hashCode(), reportLocks.length)];
    }

    /** Applies the reports that came for this id before the send was recorded (see {@link EarlyReports}). */
    private void applyEarlyReports(String providerMessageId) {
        if (providerMessageId == null) {
            return;
        }
        Lock lock = reportLock(providerMessageId);
        lock.lock();
        try {
            earlyReports.take(providerMessageId, now())
                    .forEach(report -> applyDeliveryReport(providerMessageId, report.status(), report.reason()));
        } finally {
            lock.unlock();
        }
    }

    /** New credentials were saved on the WhatsApp page: sending may go on. */
    void credentialsChanged() {
        credentialsProblem.set(null);
    }

    /** The i18n key of why sending stopped (rejected credentials), if it did. */
    public Optional<String> sendingStopped() {
        return Optional.ofNullable(credentialsProblem.get());
    }

    public Provider provider() {
        return gateway.provider();
    }

    /** Returns the row id to send, or empty when the reminder already went out. */
    private Optional<Long> claim(SendRequest request) {
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
                    throw new TransientSendException("whatsapp.reason.in-progress", Duration.ofMinutes(1));
                }
                return Optional.of(message.id());
            }
            try {
                return Optional.of(repository.insert(request, gateway.provider(), MessageStatus.SENDING, null, 1, now));
            } catch (DuplicateKeyException raced) {
                // another caller inserted the same reminder a moment ago: look at its row
            }
        }
        throw new TransientSendException("whatsapp.reason.in-progress", Duration.ofMinutes(1));
    }

    private SendOutcome deliver(long id, SendRequest request) {
        GatewayResult result = callGateway(request);
        long accepted = System.nanoTime();
        switch (result.kind()) {
            case ACCEPTED -> {
                repository.finish(id, MessageStatus.SENT, result.providerMessageId(), null, now());
                unrecordedWindow.record(System.nanoTime() - accepted, TimeUnit.NANOSECONDS);
                publish(id, request, MessageStatus.SENT, null);
                applyEarlyReports(result.providerMessageId());
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

    private SendOutcome recordImmediateFailure(SendRequest request, String reason) {
        if (request.reminderKey() != null && alreadySent(request.reminderKey())) {
            return SendOutcome.ALREADY_SENT;
        }
        Optional<LoggedMessage> existing = Optional.ofNullable(request.reminderKey()).flatMap(repository::findByReminderKey);
        long id;
        if (existing.isPresent()) {
            id = existing.get().id();
            repository.finish(id, MessageStatus.FAILED, null, reason, now());
        } else {
            id = repository.insert(request, gateway.provider(), MessageStatus.FAILED, reason, 0, now());
        }
        publish(id, request, MessageStatus.FAILED, reason);
        return SendOutcome.FAILED;
    }

    private static String reason(GatewayResult result) {
        return result.detail() == null || result.detail().isBlank()
                ? result.reasonKey() : result.reasonKey() + " | " + result.detail();
    }

    private void publish(long id, SendRequest request, MessageStatus status, String reason) {
        events.publishEvent(new MessageStatusChanged(id, request.clientId(), request.clientName(), request.kind(), status,
                reason));
    }

    private Instant now() {
        return clock.instant();
    }
}
