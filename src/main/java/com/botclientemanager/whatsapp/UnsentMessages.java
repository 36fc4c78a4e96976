package com.botclientemanager.whatsapp;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;

/**
 * Writes the outcomes of messages that do not go out: refused before the gateway (invalid phone, placeholders left in the
 * text, sending stopped), reminders of a past day (MISSED) and reminders whose retries are spent (FAILED).
 */
final class UnsentMessages {

    static final String UNFILLED_PLACEHOLDER = "whatsapp.reason.unfilled-placeholder";
    // the lines logged here have always been MessagingService's; operators filter on that logger
    private static final Logger log = LoggerFactory.getLogger(MessagingService.class);

    private final WhatsAppGateway gateway;
    private final MessageRepository repository;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    UnsentMessages(WhatsAppGateway gateway, MessageRepository repository, ApplicationEventPublisher events, Clock clock) {
        this.gateway = gateway;
        this.repository = repository;
        this.events = events;
        this.clock = clock;
    }

    /** See {@link MessagingService#refuseUnfilled}. */
    SendOutcome refuseUnfilled(SendRequest request, List<String> placeholders) {
        String names = placeholders.stream().map(name -> name.startsWith("{") ? name : "{" + name + "}")
                .collect(Collectors.joining(", "));
        log.warn("Message {} to client {} ({}) not sent: placeholder(s) {} without a value", request.kind(),
                request.clientId(), request.clientName(), names);
        return refuse(request, UNFILLED_PLACEHOLDER + " | " + names + " · "
                + Objects.requireNonNullElse(request.clientName(), request.clientId()));
    }

    /**
     * Logs the message as FAILED for this reason without calling the gateway, unless its reminder already went out.
     *
     * @throws TransientSendException while another attempt is sending the same reminder: its outcome decides, so a
     *                                refusal never overwrites a message that is going out
     */
    SendOutcome refuse(SendRequest request, String reason) {
        Optional<LoggedMessage> existing = Optional.ofNullable(request.reminderKey()).flatMap(repository::findByReminderKey);
        if (existing.isPresent() && existing.get().status().wentOut()) {
            return SendOutcome.ALREADY_SENT;
        }
        Instant now = clock.instant();
        long id;
        if (existing.isPresent()) {
            id = existing.get().id();
            if (!repository.refuse(id, reason, now.minus(GatewayDispatch.STALE_SENDING), now)) {
                if (wentOut(request.reminderKey())) {
                    return SendOutcome.ALREADY_SENT;
                }
                throw TransientSendException.inProgress();
            }
        } else {
            id = repository.insert(request, gateway.provider(), MessageStatus.FAILED, reason, 0, now);
        }
        publish(id, request, MessageStatus.FAILED, reason);
        return SendOutcome.FAILED;
    }

    /** See {@link MessagingService#recordMissed}. */
    void recordMissed(SendRequest request) {
        Optional<LoggedMessage> existing = Optional.ofNullable(request.reminderKey()).flatMap(repository::findByReminderKey);
        if (existing.isPresent()) {
            LoggedMessage message = existing.get();
            if (!message.status().wentOut() && message.status() != MessageStatus.MISSED
                    && repository.advance(message.id(), message.status(), MessageStatus.MISSED, null, clock.instant())) {
                publish(message.id(), request, MessageStatus.MISSED, null);
            }
            return;
        }
        try {
            long id = repository.insert(request, gateway.provider(), MessageStatus.MISSED, null, 0, clock.instant());
            publish(id, request, MessageStatus.MISSED, null);
        } catch (DuplicateKeyException raced) {
            // another caller logged this reminder at the same moment: nothing left to record
        }
    }

    /** See {@link MessagingService#recordFailed}. */
    void recordFailed(String reminderKey, String reason) {
        repository.findByReminderKey(reminderKey)
                .filter(m -> !m.status().wentOut() && m.status() != MessageStatus.FAILED)
                .ifPresent(m -> {
                    // the last attempt's reason carries the provider's detail ("... | HTTP 500"); keep it when it agrees
                    String last = m.reason() != null && reason != null && m.reason().startsWith(reason) ? m.reason() : reason;
                    if (repository.advance(m.id(), m.status(), MessageStatus.FAILED, last, clock.instant())) {
                        events.publishEvent(new MessageStatusChanged(m.id(), m.clientId(), m.clientName(), m.kind(),
                                MessageStatus.FAILED, last));
                    }
                });
    }

    private boolean wentOut(String reminderKey) {
        return repository.findByReminderKey(reminderKey).map(m -> m.status().wentOut()).orElse(false);
    }

    private void publish(long id, SendRequest request, MessageStatus status, String reason) {
        events.publishEvent(MessageStatusChanged.of(id, request, status, reason));
    }
}
