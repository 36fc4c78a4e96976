package com.botclientemanager.whatsapp;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/** Reading the message log (newest first, filtered, paged) and its daily clean-up after the retention period. */
@Service
public class MessageLog {

    private static final Logger log = LoggerFactory.getLogger(MessageLog.class);

    private final MessageRepository repository;
    private final WhatsAppProperties properties;
    private final Clock clock;
    private final ZoneId zone;
    private final Iterable<KeptWithTheLog> keptWithTheLog;

    @Autowired
    MessageLog(MessageRepository repository, WhatsAppProperties properties, ObjectProvider<Clock> clock,
            @Value("${app.reminders.zone:America/Sao_Paulo}") ZoneId zone, ObjectProvider<KeptWithTheLog> keptWithTheLog) {
        this(repository, properties, clock.getIfAvailable(Clock::systemUTC), zone, keptWithTheLog);
    }

    MessageLog(MessageRepository repository, WhatsAppProperties properties, Clock clock) {
        this(repository, properties, clock, ZoneId.of("America/Sao_Paulo"));
    }

    MessageLog(MessageRepository repository, WhatsAppProperties properties, Clock clock, ZoneId zone) {
        this(repository, properties, clock, zone, List.of());
    }

    private MessageLog(MessageRepository repository, WhatsAppProperties properties, Clock clock, ZoneId zone,
            Iterable<KeptWithTheLog> keptWithTheLog) {
        this.repository = repository;
        this.properties = properties;
        this.clock = clock;
        this.zone = zone;
        this.keptWithTheLog = keptWithTheLog;
    }

    /** The zone the log's days are counted in: the reminders' zone ({@code app.reminders.zone}), like due dates. */
    public ZoneId zone() {
        return zone;
    }

    /** Today in {@link #zone()}. */
    public LocalDate today() {
        return LocalDate.now(clock.withZone(zone));
    }

    public List<LoggedMessage> find(MessageFilter filter, int offset, int limit) {
        return repository.find(filter, offset, limit);
    }

    public int count(MessageFilter filter) {
        return repository.count(filter);
    }

    public Optional<LoggedMessage> find(long id) {
        return repository.findById(id);
    }

    /** The logged message the provider knows by this id (a delivery report's or a reply's quoted id). */
    public Optional<LoggedMessage> findByProviderMessageId(String providerMessageId) {
        return repository.findByProviderMessageId(providerMessageId);
    }

    public List<StatusChange> timeline(long id) {
        return repository.history(id);
    }

    /**
     * How many messages of each current status were created on each day from {@code from} to today, in {@code zone}
     * (for the dashboard).
     */
    public Map<LocalDate, Map<MessageStatus, Integer>> countsByDay(LocalDate from, ZoneId zone) {
        Map<LocalDate, Map<MessageStatus, Integer>> counts = new TreeMap<>();
        repository.forEachSince(from.atStartOfDay(zone).toInstant(), (created, status) ->
                counts.computeIfAbsent(LocalDate.ofInstant(created, zone), d -> new EnumMap<>(MessageStatus.class))
                        .merge(status, 1, Integer::sum));
        return counts;
    }

    /**
     * Deletes messages older than {@code app.whatsapp.log-retention-days}, and the records kept as long
     * ({@link KeptWithTheLog}); runs daily at 03:30 (a JobRunr job). Returns how many log messages went.
     */
    public int deleteExpired() {
        Instant cutoff = clock.instant().minus(Duration.ofDays(properties.logRetentionDays()));
        int deleted = repository.deleteCreatedBefore(cutoff);
        if (deleted > 0) {
            log.info("Deleted {} messages older than {} days from the message log", deleted, properties.logRetentionDays());
        }
        for (KeptWithTheLog records : keptWithTheLog) {
            int others = records.deleteOlderThan(cutoff);
            if (others > 0) {
                log.info("Deleted {} records older than {} days kept with the message log ({})", others,
                        properties.logRetentionDays(), records.getClass().getSimpleName());
            }
        }
        return deleted;
    }
}
