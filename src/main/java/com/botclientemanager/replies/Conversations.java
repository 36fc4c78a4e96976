package com.botclientemanager.replies;

import com.botclientemanager.clients.Client;
import com.botclientemanager.clients.ClientDirectory;
import com.botclientemanager.replies.internal.ConversationRepository;
import com.botclientemanager.replies.internal.ConversationRepository.InboundRow;
import com.botclientemanager.replies.internal.ConversationRepository.UnknownRow;
import com.botclientemanager.replies.internal.ReplyRepository;
import com.botclientemanager.replies.internal.Senders;
import com.botclientemanager.whatsapp.LoggedMessage;
import com.botclientemanager.whatsapp.MessageFilter;
import com.botclientemanager.whatsapp.MessageLog;
import com.botclientemanager.whatsapp.MessagingService;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * What the Conversas screen reads: the threads (a client's received messages and the app's sent ones, in order), the
 * unread counts, and the senders no client is known for, which the reseller links to a client. Answering is
 * {@link ConversationReplies}.
 */
@Service
public class Conversations {

    /** How many threads and unknown senders the lists show: the latest ones. */
    public static final int LIST_LIMIT = 100;

    private final ConversationRepository repository;
    private final ReplyRepository replies;
    private final ClientDirectory clients;
    private final MessageLog messageLog;
    private final MessagingService messaging;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Conversations(ConversationRepository repository, ReplyRepository replies, ClientDirectory clients,
            MessageLog messageLog, MessagingService messaging, ApplicationEventPublisher events,
            ObjectProvider<Clock> clock) {
        this.repository = repository;
        this.replies = replies;
        this.clients = clients;
        this.messageLog = messageLog;
        this.messaging = messaging;
        this.events = events;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    /** The latest threads, newest first (clients since deleted are left out). */
    public List<ConversationSummary> threads() {
        List<ConversationSummary> threads = new ArrayList<>();
        for (ConversationRepository.ThreadRow row : repository.threads(LIST_LIMIT)) {
            clients.find(row.clientId()).ifPresent(client -> {
                InboundRow last = repository.latest(client.id(), 1).stream().findFirst().orElse(null);
                threads.add(new ConversationSummary(client.id(), client.name(), last == null ? null : last.body(),
                        last == null ? null : last.mediaType(), row.lastAt(), row.unread()));
            });
        }
        return threads;
    }

    /** The name a thread is shown under; empty when there is no such client (deleted, or a mistyped link). */
    public Optional<String> clientName(String clientId) {
        return clientId == null ? Optional.empty() : clients.find(clientId).map(Client::name);
    }

    /** Messages of the clients' threads not read yet (the badge in the navigation). */
    public int unreadTotal() {
        return repository.unreadTotal();
    }

    /**
     * The newest {@code limit} messages of a client's thread, oldest first: the client's and the reseller's own
     * (from the phone) next to the app's sent ones with their status. The app's sends come back from the provider as
     * the reseller's own; those are shown once.
     */
    public ConversationThread thread(String clientId, int limit) {
        List<LoggedMessage> sent = messageLog.find(new MessageFilter(Set.of(), null, null, null, clientId,
                messageLog.zone()), 0, limit);
        List<InboundRow> received = repository.latest(clientId, limit);
        Set<String> sentIds = sent.stream().map(LoggedMessage::providerMessageId).filter(id -> id != null)
                .collect(Collectors.toSet());
        List<ConversationEntry> entries = new ArrayList<>();
        sent.forEach(m -> entries.add(new ConversationEntry(m.createdAt(), false, false, m.text(), null, m.status())));
        received.stream().filter(r -> !(r.fromMe() && sentIds.contains(r.providerMessageId())))
                .forEach(r -> entries.add(entry(r)));
        entries.sort(Comparator.comparing(ConversationEntry::at));
        boolean older = sent.size() >= limit || received.size() >= limit || entries.size() > limit;
        return new ConversationThread(List.copyOf(entries.subList(Math.max(0, entries.size() - limit),
                entries.size())), older);
    }

    /** The reseller opened the thread: what the client sent so far is read. */
    public void markRead(String clientId) {
        int before = repository.unread(clientId);
        repository.markRead(clientId);
        if (before > 0) {
            events.publishEvent(new ConversationChanged(clientId));
        }
    }

    /** The latest senders no client is known for, newest first. */
    public List<UnknownSender> unknownSenders() {
        return repository.unknownSenders(LIST_LIMIT).stream().map(row -> new UnknownSender(row.phone(), row.lid(),
                row.userId(), row.pushName(), row.messages(), row.lastAt(),
                repository.unknownMessages(row.phone(), row.lid(), row.userId(), 1).stream().findFirst()
                        .map(InboundRow::body).orElse(null))).toList();
    }

    /** An unknown sender's messages, oldest first (at most {@code limit}, the newest). */
    public List<ConversationEntry> unknownMessages(UnknownSender sender, int limit) {
        List<ConversationEntry> entries = new ArrayList<>(repository.unknownMessages(sender.phone(), sender.lid(),
                sender.userId(), limit).stream().map(Conversations::entry).toList());
        entries.sort(Comparator.comparing(ConversationEntry::at));
        return entries;
    }

    /**
     * "Vincular a um cliente": the sender's ids now stand for the client (their next messages go to the client's
     * thread) and what they sent so far moves into it.
     *
     * @return how many messages moved
     * @throws ConversationException when the client is gone
     */
    public int link(UnknownSender sender, String clientId) {
        Client client = clients.find(clientId).orElseThrow(() -> new ConversationException(
                "conversations.link.error.client"));
        var now = clock.instant();
        if (sender.phone() != null) {
            replies.learnAlias(Senders.phoneAlias(sender.phone()), client.id(), now);
        }
        if (sender.lid() != null) {
            replies.learnAlias(Senders.lidAlias(sender.lid()), client.id(), now);
        }
        if (sender.userId() != null) {
            replies.learnAlias(Senders.userAlias(sender.userId()), client.id(), now);
        }
        int moved = repository.assign(sender.phone(), sender.lid(), sender.userId(), client.id());
        events.publishEvent(new ConversationChanged(client.id()));
        return moved;
    }

    /** Whether the reply box may take free text for this client now (see {@link ReplyWindow}). */
    public boolean freeTextAllowed(String clientId) {
        return ReplyWindow.freeTextAllowed(messaging.provider(), repository.lastFromClient(clientId), clock.instant());
    }

    private static ConversationEntry entry(InboundRow row) {
        return new ConversationEntry(row.receivedAt(), !row.fromMe(), row.fromMe(), row.body(), row.mediaType(), null);
    }

    /** The clients to pick from when linking, by name or phone (at most 20). */
    public List<Client> findClients(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        String needle = text.strip().toLowerCase(java.util.Locale.ROOT);
        String digits = needle.replaceAll("\\D", "");
        return clients.all().stream().filter(c -> (c.name() != null
                        && c.name().toLowerCase(java.util.Locale.ROOT).contains(needle))
                        || (!digits.isEmpty() && c.phone() != null && c.phone().replaceAll("\\D", "").contains(digits)))
                .limit(20).toList();
    }
}
