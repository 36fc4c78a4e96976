package com.botclientemanager.replies;

import com.botclientemanager.clients.Client;
import com.botclientemanager.clients.ManualSends;
import com.botclientemanager.replies.internal.Keywords;
import com.botclientemanager.replies.internal.OptOuts;
import com.botclientemanager.replies.internal.ReplyRepository;
import com.botclientemanager.replies.internal.Senders;
import com.botclientemanager.whatsapp.InboundMessage;
import com.botclientemanager.whatsapp.KeptWithTheLog;
import com.botclientemanager.whatsapp.LoggedMessage;
import com.botclientemanager.whatsapp.MessageLog;
import com.botclientemanager.whatsapp.MessageStatus;
import com.botclientemanager.whatsapp.MessageStatusChanged;
import com.botclientemanager.whatsapp.RecipientAlias;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

/**
 * Takes the messages the webhooks receive: stores each once, switches a client's reminders off on an opt-out keyword
 * (on again on a resume keyword), and pauses a client's reminders while the reseller talks to them (their own message
 * from the phone, or one sent from the app). Runs within the webhook call, so "SAIR" holds before the provider hears
 * back; only the confirmation goes out on its own thread.
 */
@Service
public class ReplyService implements KeptWithTheLog {

    private static final Logger log = LoggerFactory.getLogger(ReplyService.class);

    private final ReplyRepository repository;
    private final Senders senders;
    private final OptOuts optOuts;
    private final MessageLog messageLog;
    private final ReplySettingsService settings;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    ReplyService(ReplyRepository repository, Senders senders, OptOuts optOuts, MessageLog messageLog,
            ReplySettingsService settings, ObjectProvider<Clock> clock, ApplicationEventPublisher events) {
        this.events = events;
        this.repository = repository;
        this.senders = senders;
        this.optOuts = optOuts;
        this.messageLog = messageLog;
        this.settings = settings;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    /** Until when automatic reminders to this client wait (the reseller wrote to them); empty when they need not. */
    public Optional<Instant> pausedUntil(String clientId) {
        return repository.pausedUntil(clientId).filter(until -> until.isAfter(clock.instant()));
    }

    /** Whether the client asked to stop ("pediu para sair") and has not asked to resume since. */
    public boolean optedOut(String clientId) {
        return optOuts.optedOut(clientId);
    }

    @EventListener
    void received(InboundMessage message) {
        if (repository.exists(message)) {
            return;
        }
        List<Client> from = senders.of(message);
        String clientId = from.isEmpty() ? null : from.getFirst().id();
        if (message.fromMe()) {
            if (!sentByTheApp(message.providerMessageId())) {
                from.forEach(this::pause);
            }
            if (repository.insert(message, clientId, null)) {
                events.publishEvent(new ConversationChanged(clientId));
            }
            return;
        }
        ReplySettings current = settings.current();
        Optional<String> stop = Keywords.find(message.text(), current.optOutKeywords());
        Optional<String> resume = stop.isPresent() ? Optional.empty()
                : Keywords.find(message.text(), current.resumeKeywords());
        if (from.isEmpty()) {
            log.info("Message {} from an unknown sender stored without a client", message.providerMessageId());
        } else {
            learnAliases(message, clientId);
            stop.ifPresent(keyword -> optOuts.optOut(from, keyword, message));
            resume.ifPresent(keyword -> optOuts.resume(from, message));
        }
        if (repository.insert(message, clientId, stop.or(() -> resume).orElse(null))) {
            events.publishEvent(new ConversationChanged(clientId));
        }
    }

    @EventListener
    void recipientSeen(RecipientAlias alias) {
        messageLog.findByProviderMessageId(alias.providerMessageId()).map(LoggedMessage::clientId)
                .ifPresent(clientId -> repository.learnAlias(Senders.lidAlias(alias.lid()), clientId, clock.instant()));
    }

    @EventListener
    void messageSent(MessageStatusChanged change) {
        if (ManualSends.KIND_MANUAL.equals(change.kind()) && change.status() == MessageStatus.SENT
                && change.clientId() != null) {
            repository.pause(change.clientId(), clock.instant().plus(pause()));
        }
    }

    /** Received messages are kept as long as the message log: its daily clean-up deletes them. */
    @Override
    public int deleteOlderThan(Instant cutoff) {
        return repository.deleteReceivedBefore(cutoff);
    }

    private void pause(Client client) {
        repository.pause(client.id(), clock.instant().plus(pause()));
    }

    private Duration pause() {
        return Duration.ofHours(settings.current().pauseHours());
    }

    /** The provider echoes the app's own sends as the linked number's messages: those are not the reseller talking. */
    private boolean sentByTheApp(String providerMessageId) {
        return messageLog.findByProviderMessageId(providerMessageId).isPresent();
    }

    private void learnAliases(InboundMessage message, String clientId) {
        if (message.phone() == null) {
            return;
        }
        Instant now = clock.instant();
        if (message.lid() != null) {
            repository.learnAlias(Senders.lidAlias(message.lid()), clientId, now);
        }
        if (message.userId() != null) {
            repository.learnAlias(Senders.userAlias(message.userId()), clientId, now);
        }
    }
}
