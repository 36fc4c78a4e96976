package com.botclientemanager.whatsapp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.botclientemanager.whatsapp.GatewayResult.FailureCause;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;

/** MessagingService on a real H2 file database migrated by Flyway: idempotency, retries, reports, retention. */
class MessagingServiceTest {

    @TempDir
    Path dir;

    private final List<Object> events = new CopyOnWriteArrayList<>();
    private final ScriptedGateway gateway = new ScriptedGateway();
    private MessageRepository repository;
    private MessagingService messaging;
    private MessageLog log;

    @BeforeEach
    void database() throws Exception {
        Files.createDirectories(dir);
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:file:" + dir.resolve("bcm") + ";DB_CLOSE_ON_EXIT=FALSE");
        dataSource.setUser("sa");
        Flyway.configure().dataSource(dataSource).load().migrate();
        repository = new MessageRepository(JdbcClient.create(dataSource));
        messaging = new MessagingService(gateway, repository, events::add);
        log = new MessageLog(repository, properties(180), java.time.Clock.systemUTC());
    }

    @Test
    void aReminderThatWentOutIsNeverSentAgain() {
        assertThat(messaging.send(reminder("c1:before_due:2026-12-07"))).isEqualTo(SendOutcome.SENT);
        assertThat(messaging.send(reminder("c1:before_due:2026-12-07"))).isEqualTo(SendOutcome.ALREADY_SENT);

        assertThat(gateway.sends).hasValue(1);
        assertThat(messaging.alreadySent("c1:before_due:2026-12-07")).isTrue();
        assertThat(log.count(MessageFilter.all())).isEqualTo(1);
        LoggedMessage row = log.find(MessageFilter.all(), 0, 10).getFirst();
        assertThat(row.status()).isEqualTo(MessageStatus.SENT);
        assertThat(row.providerMessageId()).isEqualTo("wamid-1");
        assertThat(log.timeline(row.id())).extracting(StatusChange::status)
                .containsExactly(MessageStatus.SENDING, MessageStatus.SENT);
    }

    @Test
    void reportsThatOutrunTheGatewaysAnswerAreAppliedOnceTheSendIsRecorded() throws Exception {
        try (ExecutorService webhook = Executors.newSingleThreadExecutor()) {
            gateway.beforeAnswer = id -> {
                try {
                    webhook.submit(() -> messaging.applyDeliveryReport(id, MessageStatus.DELIVERED, null)).get();
                    webhook.submit(() -> messaging.applyDeliveryReport(id, MessageStatus.READ, null)).get();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            };

            assertThat(messaging.send(reminder("c1:before_due:2026-12-07"))).isEqualTo(SendOutcome.SENT);
        }

        LoggedMessage row = log.find(MessageFilter.all(), 0, 10).getFirst();
        assertThat(row.status()).isEqualTo(MessageStatus.READ);
        assertThat(log.timeline(row.id())).extracting(StatusChange::status)
                .containsExactly(MessageStatus.SENDING, MessageStatus.SENT, MessageStatus.DELIVERED, MessageStatus.READ);
    }

    @Test
    void aFailureReportedBeforeTheAnswerFailsTheMessage() throws Exception {
        try (ExecutorService webhook = Executors.newSingleThreadExecutor()) {
            gateway.beforeAnswer = id -> {
                try {
                    webhook.submit(() -> messaging.applyDeliveryReport(id, MessageStatus.FAILED,
                            "whatsapp.reason.provider-error")).get();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            };

            messaging.send(reminder("c1:before_due:2026-12-07"));
        }

        assertThat(log.find(MessageFilter.all(), 0, 10).getFirst().status()).isEqualTo(MessageStatus.FAILED);
    }

    @Test
    void aRefusalWhileTheSameReminderIsGoingOutLeavesThatSendAlone() throws Exception {
        // the reseller typed a wrong number while the scheduled reminder was on its way to the gateway
        SendRequest editedToABadNumber = SendRequest.text("client-1", "Maria Santos", "123", "before_due", "Oi, Maria!", "k");
        List<Throwable> refusals = new CopyOnWriteArrayList<>();
        try (ExecutorService other = Executors.newSingleThreadExecutor()) {
            gateway.beforeAnswer = id -> {
                try {
                    other.submit(() -> messaging.send(editedToABadNumber)).get();
                } catch (java.util.concurrent.ExecutionException e) {
                    refusals.add(e.getCause());
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
            };

            assertThat(messaging.send(reminder("k"))).isEqualTo(SendOutcome.SENT);
        }

        assertThat(refusals).singleElement().isInstanceOfSatisfying(TransientSendException.class,
                e -> assertThat(e.messageKey()).isEqualTo("whatsapp.reason.in-progress"));
        LoggedMessage row = repository.findByReminderKey("k").orElseThrow();
        assertThat(row.status()).isEqualTo(MessageStatus.SENT);
        assertThat(log.timeline(row.id())).extracting(StatusChange::status)
                .containsExactly(MessageStatus.SENDING, MessageStatus.SENT);
        assertThat(events).filteredOn(MessageStatusChanged.class::isInstance)
                .extracting(e -> ((MessageStatusChanged) e).status()).doesNotContain(MessageStatus.FAILED);
        assertThat(messaging.send(editedToABadNumber)).as("once it went out").isEqualTo(SendOutcome.ALREADY_SENT);
    }

    @Test
    void reportsForIdsNeverSentAreHeldOnlyForAWhileAndInBoundedNumber() {
        EarlyReports reports = new EarlyReports();
        Instant then = Instant.parse("2026-11-30T12:00:00Z");
        for (int i = 0; i < EarlyReports.MAX_HELD + 500; i++) {
            reports.hold("from-the-phone-" + i, MessageStatus.DELIVERED, null, then);
        }
        reports.hold("wamid-9", MessageStatus.DELIVERED, null, then);

        assertThat(reports.size()).isEqualTo(EarlyReports.MAX_HELD);
        assertThat(reports.take("from-the-phone-0", then)).isEmpty();
        assertThat(reports.take("wamid-9", then.plus(EarlyReports.KEPT).plusSeconds(1))).isEmpty();
        assertThat(reports.take("from-the-phone-" + (EarlyReports.MAX_HELD + 499), then.plusSeconds(5)))
                .extracting(EarlyReports.Report::status).containsExactly(MessageStatus.DELIVERED);
    }

    @Test
    void aSimulatedReminderCountsAsSent() {
        gateway.then(GatewayResult.simulated());

        assertThat(messaging.send(reminder("k"))).isEqualTo(SendOutcome.SIMULATED);
        assertThat(messaging.send(reminder("k"))).isEqualTo(SendOutcome.ALREADY_SENT);
        assertThat(gateway.sends).hasValue(1);
    }

    @Test
    void aTransientFailureIsLoggedAndThrownThenTheRetrySendsIt() {
        gateway.then(GatewayResult.transientFailure(FailureCause.RATE_LIMITED, null, Duration.ofSeconds(90)));

        assertThatThrownBy(() -> messaging.send(reminder("k")))
                .isInstanceOfSatisfying(TransientSendException.class, e -> {
                    assertThat(e.retryAfter()).contains(Duration.ofSeconds(90));
                    assertThat(e.messageKey()).isEqualTo("whatsapp.reason.rate-limited");
                });
        LoggedMessage waiting = repository.findByReminderKey("k").orElseThrow();
        assertThat(waiting.status()).isEqualTo(MessageStatus.QUEUED);
        assertThat(waiting.reason()).isEqualTo("whatsapp.reason.rate-limited");

        assertThat(messaging.send(reminder("k"))).isEqualTo(SendOutcome.SENT);
        LoggedMessage sent = repository.findByReminderKey("k").orElseThrow();
        assertThat(sent.attempts()).isEqualTo(2);
        assertThat(sent.id()).isEqualTo(waiting.id());
        assertThat(gateway.sends).hasValue(2);
    }

    @Test
    void concurrentSendsOfOneReminderReachTheGatewayOnce() throws Exception {
        gateway.delayMillis = 300;
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Object>> results = new CopyOnWriteArrayList<>();
            for (int i = 0; i < 8; i++) {
                results.add(pool.submit(() -> {
                    try {
                        return messaging.send(reminder("same"));
                    } catch (TransientSendException busy) {
                        return busy.messageKey();
                    }
                }));
            }
            List<Object> outcomes = results.stream().map(f -> {
                try {
                    return f.get();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }).toList();
            assertThat(gateway.sends).hasValue(1);
            assertThat(outcomes).containsOnlyOnce(SendOutcome.SENT);
            assertThat(outcomes).allMatch(o -> o == SendOutcome.SENT || o == SendOutcome.ALREADY_SENT
                    || "whatsapp.reason.in-progress".equals(o));
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void notOnWhatsAppFailsForGoodAndTellsTheClientsModule() {
        gateway.then(GatewayResult.permanent(FailureCause.NOT_ON_WHATSAPP, null));

        assertThat(messaging.send(reminder("k"))).isEqualTo(SendOutcome.FAILED);

        assertThat(events).contains(new PhoneNotOnWhatsApp("client-1", "5511912345678"));
        assertThat(events).anySatisfy(e -> assertThat(e).isInstanceOfSatisfying(MessageStatusChanged.class,
                change -> assertThat(change.status()).isEqualTo(MessageStatus.FAILED)));
        assertThat(repository.findByReminderKey("k").orElseThrow().reason()).isEqualTo("whatsapp.reason.not-on-whatsapp");
    }

    @Test
    void aFailedMessageCanBeResentOnce() {
        gateway.then(GatewayResult.permanent(FailureCause.REJECTED, "HTTP 400"));
        messaging.send(reminder("k"));
        long id = repository.findByReminderKey("k").orElseThrow().id();

        assertThat(messaging.resend(id)).contains(SendOutcome.SENT);
        assertThat(messaging.resend(id)).isEmpty();
        assertThat(messaging.send(reminder("k"))).isEqualTo(SendOutcome.ALREADY_SENT);
        assertThat(gateway.sends).hasValue(2);
    }

    @Test
    void rejectedCredentialsStopAllFurtherSending() {
        gateway.then(GatewayResult.permanent(FailureCause.INVALID_CREDENTIALS, null));

        assertThat(messaging.send(reminder("a"))).isEqualTo(SendOutcome.FAILED);
        assertThat(messaging.send(reminder("b"))).isEqualTo(SendOutcome.FAILED);

        assertThat(gateway.sends).hasValue(1);
        assertThat(messaging.sendingStopped()).contains("whatsapp.reason.invalid-credentials");
        assertThat(events).filteredOn(CredentialsRejected.class::isInstance).as("said once, for the push notice")
                .singleElement().isInstanceOf(CredentialsRejected.class);
    }

    @Test
    void anInvalidPhoneIsNeverSent() {
        SendRequest bad = SendRequest.text("c", "Maria", "11 9123", "before_due", "Oi", "k");

        assertThat(messaging.send(bad)).isEqualTo(SendOutcome.FAILED);
        assertThat(gateway.sends).hasValue(0);
        assertThat(repository.findByReminderKey("k").orElseThrow().reason()).isEqualTo("whatsapp.reason.invalid-phone");
    }

    @Test
    void aNumberTheClientFormWouldRefuseIsNeverSentEvenWithEnoughDigits() {
        // no country code (WhatsApp would read 1 as the USA), a DDD that does not exist, a toll-free number
        for (String phone : List.of("11987654321", "5500987654321", "558001234567")) {
            SendRequest request = SendRequest.text("c", "Maria", phone, "before_due", "Oi", "k-" + phone);

            assertThat(messaging.send(request)).as(phone).isEqualTo(SendOutcome.FAILED);
            assertThat(repository.findByReminderKey("k-" + phone).orElseThrow().reason())
                    .isEqualTo("whatsapp.reason.invalid-phone");
        }
        assertThat(gateway.sends).hasValue(0);
    }

    @Test
    void deliveryReportsOnlyMoveForwardAndRepeatsAreIgnored() {
        messaging.send(reminder("k"));
        events.clear();

        assertThat(messaging.applyDeliveryReport("wamid-1", MessageStatus.DELIVERED, null)).isTrue();
        assertThat(messaging.applyDeliveryReport("wamid-1", MessageStatus.DELIVERED, null)).isFalse();
        assertThat(messaging.applyDeliveryReport("wamid-1", MessageStatus.READ, null)).isTrue();
        assertThat(messaging.applyDeliveryReport("wamid-1", MessageStatus.DELIVERED, null)).isFalse();
        assertThat(messaging.applyDeliveryReport("wamid-1", MessageStatus.SENT, null)).isFalse();
        assertThat(messaging.applyDeliveryReport("unknown", MessageStatus.READ, null)).isFalse();

        LoggedMessage row = repository.findByReminderKey("k").orElseThrow();
        assertThat(row.status()).isEqualTo(MessageStatus.READ);
        assertThat(log.timeline(row.id())).extracting(StatusChange::status).containsExactly(
                MessageStatus.SENDING, MessageStatus.SENT, MessageStatus.DELIVERED, MessageStatus.READ);
        assertThat(events).hasSize(2);
    }

    @Test
    void missedAndSpentRemindersAreLoggedWithoutSending() {
        messaging.recordMissed(reminder("missed"));
        gateway.then(GatewayResult.transientFailure(FailureCause.UNAVAILABLE, "HTTP 500", null));
        assertThatThrownBy(() -> messaging.send(reminder("spent"))).isInstanceOf(TransientSendException.class);
        messaging.recordFailed("spent", "whatsapp.reason.unavailable");

        assertThat(repository.findByReminderKey("missed").orElseThrow().status()).isEqualTo(MessageStatus.MISSED);
        LoggedMessage spent = repository.findByReminderKey("spent").orElseThrow();
        assertThat(spent.status()).isEqualTo(MessageStatus.FAILED);
        assertThat(spent.reason()).as("the provider's detail stays for the user").isEqualTo("whatsapp.reason.unavailable | HTTP 500");
        assertThat(gateway.sends).hasValue(1);
    }

    @Test
    void aMissedReminderCanBeSentNowOnce() {
        messaging.recordMissed(reminder("late"));
        long id = repository.findByReminderKey("late").orElseThrow().id();

        assertThat(messaging.resend(id)).isPresent();
        assertThat(gateway.sends).hasValue(1);
        assertThat(repository.findByReminderKey("late").orElseThrow().status().wentOut()).isTrue();
        assertThat(messaging.resend(id)).isEmpty();
        assertThat(messaging.send(reminder("late"))).isEqualTo(SendOutcome.ALREADY_SENT);
        assertThat(gateway.sends).hasValue(1);
    }

    @Test
    void aMessageSentByHandThatMeetsABusyProviderIsFailedAndCanBeResent() {
        gateway.then(GatewayResult.transientFailure(FailureCause.RATE_LIMITED, "HTTP 429", Duration.ofSeconds(30)));
        assertThatThrownBy(() -> messaging.send(SendRequest.text("c1", "Maria Santos", "5511912345678", "manual",
                "Oi Maria", null))).isInstanceOf(TransientSendException.class);

        LoggedMessage manual = log.find(MessageFilter.all(), 0, 10).getFirst();
        assertThat(manual.status()).as("no job retries it: the log offers Reenviar").isEqualTo(MessageStatus.FAILED);
        assertThat(messaging.resend(manual.id())).contains(SendOutcome.SENT);
    }

    @Test
    void theLogFiltersByStatusClientTextAndDate() {
        messaging.send(SendRequest.text("c1", "Maria Santos", "5511912345678", "before_due", "Oi Maria", "a"));
        gateway.then(GatewayResult.permanent(FailureCause.UNDELIVERABLE, null));
        messaging.send(SendRequest.text("c2", "João Silva", "5521987654321", "due_day", "Oi João", "b"));

        assertThat(log.find(new MessageFilter(Set.of(MessageStatus.FAILED), null, null, null, null, ZoneOffset.UTC), 0, 10))
                .extracting(LoggedMessage::clientName).containsExactly("João Silva");
        assertThat(log.find(new MessageFilter(Set.of(), null, null, "maria", null, ZoneOffset.UTC), 0, 10))
                .extracting(LoggedMessage::clientName).containsExactly("Maria Santos");
        assertThat(log.count(new MessageFilter(Set.of(), null, null, "2198765", null, ZoneOffset.UTC))).isEqualTo(1);
        assertThat(log.count(new MessageFilter(Set.of(), null, null, "%", null, ZoneOffset.UTC))).isZero();
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        assertThat(log.count(new MessageFilter(Set.of(), today, today, null, null, ZoneOffset.UTC))).isEqualTo(2);
        assertThat(log.count(new MessageFilter(Set.of(), today.plusDays(1), null, null, null, ZoneOffset.UTC))).isZero();
        assertThat(log.find(MessageFilter.all(), 0, 1)).extracting(LoggedMessage::clientName).containsExactly("João Silva");
    }

    @Test
    void retentionDeletesOnlyMessagesOlderThanTheConfiguredDays() {
        long old = repository.insert(reminder("old"), Provider.OUTBOX, MessageStatus.SIMULATED, null, 1,
                Instant.now().minus(Duration.ofDays(181)));
        messaging.send(reminder("new"));

        assertThat(log.deleteExpired()).isEqualTo(1);
        assertThat(log.find(old)).isEmpty();
        assertThat(log.timeline(old)).isEmpty();
        assertThat(log.count(MessageFilter.all())).isEqualTo(1);
    }

    @Test
    void aTextWithAPlaceholderLeftInItNeverReachesTheGatewayAndSaysWhichAndForWhom() {
        SendRequest raw = SendRequest.text("client-1", "Assinante 00", "5511912345678", "due_day",
                "Olá Assinante 00! Seu plano {plan_type} vence hoje (dia {payment_day}).", "k");

        assertThat(messaging.send(raw)).isEqualTo(SendOutcome.FAILED);
        long id = repository.findByReminderKey("k").orElseThrow().id();
        assertThat(messaging.resend(id)).contains(SendOutcome.FAILED);

        assertThat(gateway.sends).hasValue(0);
        LoggedMessage row = repository.findByReminderKey("k").orElseThrow();
        assertThat(row.status()).isEqualTo(MessageStatus.FAILED);
        assertThat(row.reason()).isEqualTo(
                "whatsapp.reason.unfilled-placeholder | {plan_type}, {payment_day} · Assinante 00");
    }

    @Test
    void aPlaceholderWithoutAValueIsRefusedByNameWithoutCallingTheGateway() {
        assertThat(messaging.refuseUnfilled(reminder("k"), List.of("valor"))).isEqualTo(SendOutcome.FAILED);

        assertThat(gateway.sends).hasValue(0);
        assertThat(repository.findByReminderKey("k").orElseThrow().reason())
                .isEqualTo("whatsapp.reason.unfilled-placeholder | {valor} · Maria Santos");
    }

    private static SendRequest reminder(String key) {
        return SendRequest.text("client-1", "Maria Santos", "5511912345678", "before_due", "Oi, Maria!", key);
    }

    static WhatsAppProperties properties(int retentionDays) {
        return new WhatsAppProperties(Provider.OUTBOX, new WhatsAppProperties.Evolution(null, null, "x"),
                new WhatsAppProperties.Cloud(java.net.URI.create("https://graph.facebook.com/v23.0"), null, null, null, null),
                retentionDays, Duration.ofSeconds(10), Duration.ofSeconds(30), java.time.LocalTime.of(8, 0),
                java.time.LocalTime.of(21, 0), Set.copyOf(List.of(java.time.DayOfWeek.values())), 3, 300,
                org.springframework.util.unit.DataSize.ofMegabytes(1));
    }
}
