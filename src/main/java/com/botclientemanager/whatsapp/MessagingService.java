package com.botclientemanager.whatsapp;

import com.botclientemanager.validation.Phones;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * Sends messages through the configured {@link WhatsAppGateway} and keeps the message log. Idempotent by reminder key:
 * a message that went out (sent, delivered, read or simulated) is never sent again. SENDING is written before the
 * gateway is called and the outcome right after it, so a crash leaves at most one message in doubt.
 */
@Service
public class MessagingService {

    /** A placeholder-shaped word ({nome}, {plan_type}) that rendering left in a text: it never reaches a client. */
    private static final Pattern PLACEHOLDER_LIKE = Pattern.compile("\\{[\\p{L}_][\\p{L}\\p{N}_]*}");

    private final WhatsAppGateway gateway;
    private final MessageRepository repository;
    private final Timer unrecordedWindow;
    private final DeliveryReports deliveryReports;
    private final UnsentMessages unsent;
    private final GatewayDispatch dispatch;

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
        this.unrecordedWindow = Timer.builder("bcm.whatsapp.unrecorded.window")
                .description("From the gateway accepting a message to its SENT record being committed: the only time "
                        + "in which a crash can lead to the message being sent twice")
                .publishPercentiles(0.5, 0.99)
                .register(meters);
        this.deliveryReports = new DeliveryReports(repository, events, clock);
        this.unsent = new UnsentMessages(gateway, repository, events, clock);
        this.dispatch = new GatewayDispatch(gateway, repository, events, clock, unrecordedWindow, deliveryReports);
    }

    /** The timer of the duplicate window (see {@link #send}): its count, percentiles and maximum. */
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
            return unsent.refuse(request, "whatsapp.reason.invalid-phone");
        }
        List<String> leftOver = placeholdersIn(request.text());
        if (!leftOver.isEmpty()) {
            return refuseUnfilled(request, leftOver);
        }
        String blocked = dispatch.credentialsProblem();
        if (blocked != null) {
            return unsent.refuse(request, blocked);
        }
        Optional<Long> claimed = dispatch.claim(request);
        if (claimed.isEmpty()) {
            return SendOutcome.ALREADY_SENT;
        }
        return dispatch.deliver(claimed.get(), request);
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
        if (dispatch.credentialsProblem() != null || !dispatch.claimAgain(messageId, request)) {
            return Optional.of(SendOutcome.FAILED);
        }
        return Optional.of(dispatch.deliver(messageId, request));
    }

    /**
     * Logs a message as FAILED without sending it because its text would still hold these placeholders (names without
     * braces, left raw or without a value); the reason names them and the client, so the log and the dashboard say what
     * to fix.
     */
    public SendOutcome refuseUnfilled(SendRequest request, List<String> placeholders) {
        return unsent.refuseUnfilled(request, placeholders);
    }

    private static List<String> placeholdersIn(String text) {
        return PLACEHOLDER_LIKE.matcher(text).results().map(MatchResult::group).distinct().toList();
    }

    /** Logs a reminder of a past day that never went out (status MISSED); nothing is sent. */
    public void recordMissed(SendRequest request) {
        unsent.recordMissed(request);
    }

    /** Marks a reminder as failed for good (its retries are spent). */
    public void recordFailed(String reminderKey, String reason) {
        unsent.recordFailed(reminderKey, reason);
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
        return deliveryReports.apply(providerMessageId, status, reason);
    }

    /** New credentials were saved on the WhatsApp page: sending may go on. */
    void credentialsChanged() {
        dispatch.credentialsChanged();
    }

    /** The i18n key of why sending stopped (rejected credentials), if it did. */
    public Optional<String> sendingStopped() {
        return Optional.ofNullable(dispatch.credentialsProblem());
    }

    public Provider provider() {
        return gateway.provider();
    }
}
