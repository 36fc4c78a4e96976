package com.botclientemanager.replies;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.botclientemanager.clients.Client;
import com.botclientemanager.clients.ClientDirectory;
import com.botclientemanager.reminders.internal.ReminderSendJob;
import com.botclientemanager.templates.MessageTemplate;
import com.botclientemanager.templates.TemplateKind;
import com.botclientemanager.templates.TemplateService;
import com.botclientemanager.testing.EvolutionStandIn;
import com.botclientemanager.testing.StandIns;
import com.botclientemanager.validation.InvalidInputException;
import com.botclientemanager.whatsapp.MessageLog;
import com.botclientemanager.whatsapp.MessagingService;
import com.botclientemanager.whatsapp.SendRequest;
import com.botclientemanager.whatsapp.SeparateAppTest;
import com.botclientemanager.whatsapp.TransientSendException;
import com.botclientemanager.whatsapp.internal.EvolutionWebhookSecret;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import mockwebserver3.MockWebServer;
import org.jobrunr.jobs.context.JobContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Clients' replies through the running app's Evolution webhook, posted as Evolution API v2.3.6 sends
 * {@code messages.upsert} (privacy {@code @lid} senders with and without {@code remoteJidAlt}, {@code senderPn}, numbers
 * without the ninth digit, repeats, groups, the reseller's own messages), with a stand-in Evolution receiving what the
 * app sends.
 */
class RepliesWebhookTest extends SeparateAppTest {

    private static final MockWebServer EVOLUTION = StandIns.started();
    private static final EvolutionStandIn STATE = new EvolutionStandIn("shop", "evo-key", true, "code", null, "OUT-");

    @DynamicPropertySource
    static void evolution(DynamicPropertyRegistry registry) {
        EVOLUTION.setDispatcher(STATE);
        registry.add("app.whatsapp.provider", () -> "evolution");
        registry.add("app.whatsapp.evolution.url", () -> EVOLUTION.url("/").toString());
        registry.add("app.whatsapp.evolution.api-key", () -> "evo-key");
        registry.add("app.whatsapp.evolution.instance", () -> "shop");
        registry.add("app.whatsapp.window-start", () -> "00:00");
        registry.add("app.whatsapp.window-end", () -> "23:59:59");
    }

    @AfterAll
    static void stop() {
        EVOLUTION.close();
    }

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @Autowired
    ClientDirectory clients;
    @Autowired
    TemplateService templates;
    @Autowired
    ReminderSendJob reminderJob;
    @Autowired
    ReplyService replies;
    @Autowired
    EvolutionWebhookSecret secret;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ReplySettingsService replySettings;
    @Autowired
    MessagingService messaging;
    @Autowired
    MessageLog messageLog;

    @BeforeEach
    void freshStandIn() {
        STATE.reset();
    }

    @Test
    void sairStopsTheDueReminderAtOnceAndIsConfirmedOnce() throws Exception {
        LocalDate today = LocalDate.now(ZoneId.of("America/Sao_Paulo"));
        Client maria = clients.save(client("maria", "5511987654321", today));
        String sair = upsert("3EB0SAIR01", "226409875123456@lid", "\"remoteJidAlt\":\"551187654321@s.whatsapp.net\",",
                false, "\"message\":{\"conversation\":\"Quero SAIR por favor\"}");

        long start = System.nanoTime();
        assertThat(post(sair)).isEqualTo(200);
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        System.out.printf("replies: SAIR webhook to reminders off took %d ms%n", took.toMillis());

        assertThat(took).isLessThan(Duration.ofSeconds(1));
        assertThat(clients.find(maria.id()).orElseThrow().remindersEnabled()).isFalse();
        assertThat(replies.optedOut(maria.id())).isTrue();

        assertThat(post(sair)).as("Evolution delivers the same message again").isEqualTo(200);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM inbound_message WHERE provider_message_id = '3EB0SAIR01'")
                .query(Integer.class).single()).isEqualTo(1);

        reminderJob.send(maria.id(), dueDayTemplate().id(), today.toString(), "due_day", 0, JobContext.Null);

        awaitSentTo("5511987654321", 1);
        Thread.sleep(500);
        assertThat(sentTo("5511987654321")).singleElement()
                .satisfies(body -> assertThat(body).contains("Você não vai mais receber lembretes"));
    }

    @Test
    void voltarTurnsTheRemindersOfAClientWhoLeftBackOn() throws Exception {
        LocalDate today = LocalDate.now(ZoneId.of("America/Sao_Paulo"));
        Client joao = clients.save(client("joao", "5521998765432", today.plusDays(20)));
        String jid = "5521998765432@s.whatsapp.net";

        assertThat(post(upsert("3EBVOLTA01", jid, "", false, "\"message\":{\"conversation\":\"pârar\"}")))
                .isEqualTo(200);
        assertThat(clients.find(joao.id()).orElseThrow().remindersEnabled()).isFalse();
        assertThat(post(upsert("3EBVOLTA02", jid, "", false, "\"message\":{\"conversation\":\"Voltar\"}")))
                .isEqualTo(200);

        assertThat(clients.find(joao.id()).orElseThrow().remindersEnabled()).isTrue();
        assertThat(replies.optedOut(joao.id())).isFalse();
        awaitSentTo("5521998765432", 2);
    }

    @Test
    void sendersAreFoundByLidLearnedFromASendBySenderPnAndUnknownOnesAreStoredAlone() throws Exception {
        LocalDate today = LocalDate.now(ZoneId.of("America/Sao_Paulo"));
        // due later: only the tests that send a reminder themselves have clients due today
        Client ana = clients.save(client("ana", "5531991112222", today.plusDays(20)));
        Client bia = clients.save(client("bia", "5541993334444", today.plusDays(20)));
        loggedSend("OUT-ANA-1", ana.id(), ana.phone());

        // the delivery report of our own send names Ana by her lid only
        assertThat(post("{\"event\":\"messages.update\",\"instance\":\"shop\",\"data\":{\"messageId\":\"cm1\","
                + "\"keyId\":\"OUT-ANA-1\",\"remoteJid\":\"118877665544332@lid\",\"fromMe\":true,"
                + "\"status\":\"DELIVERY_ACK\",\"instanceId\":\"i1\"}}")).isEqualTo(200);
        assertThat(post(upsert("3EBLID0001", "118877665544332@lid", "", false,
                "\"message\":{\"conversation\":\"oi, já paguei\"}"))).isEqualTo(200);
        assertThat(post(upsert("3EBPN00001", "998877665544@lid", "\"senderPn\":\"5541993334444@s.whatsapp.net\",",
                false, "\"message\":{\"imageMessage\":{\"caption\":\"comprovante\",\"mimetype\":\"image/jpeg\"}}")))
                .isEqualTo(200);
        assertThat(post(upsert("3EBUNKNOWN", "555000111222333@lid", "", false,
                "\"message\":{\"conversation\":\"SAIR\"}"))).isEqualTo(200);
        assertThat(post(upsert("3EBGROUP01", "120363025246125486@g.us", "\"participant\":\"5531991112222@s.whatsapp.net\",",
                false, "\"message\":{\"conversation\":\"SAIR\"}"))).isEqualTo(200);
        assertThat(post(upsert("3EBSTATUS1", "status@broadcast", "", false,
                "\"message\":{\"conversation\":\"SAIR\"}"))).isEqualTo(200);

        assertThat(clientOf("3EBLID0001")).isEqualTo(ana.id());
        assertThat(clientOf("3EBPN00001")).isEqualTo(bia.id());
        assertThat(jdbc.sql("SELECT media_type || ':' || body FROM inbound_message WHERE provider_message_id = '3EBPN00001'")
                .query(String.class).single()).isEqualTo("image:comprovante");
        assertThat(clientOf("3EBUNKNOWN")).isNull();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM inbound_message WHERE provider_message_id IN ('3EBGROUP01', "
                + "'3EBSTATUS1')").query(Integer.class).single()).isZero();
        assertThat(clients.find(ana.id()).orElseThrow().remindersEnabled()).isTrue();
        assertThat(clients.find(bia.id()).orElseThrow().remindersEnabled()).isTrue();
    }

    @Test
    void theResellersOwnMessageFromThePhonePausesTheClientsReminders() throws Exception {
        LocalDate today = LocalDate.now(ZoneId.of("America/Sao_Paulo"));
        Client caio = clients.save(client("caio", "5551995556666", today));

        assertThat(post(upsert("3EBMINE001", "445566778899001@lid", "\"remoteJidAlt\":\"555195556666@s.whatsapp.net\",",
                true, "\"message\":{\"conversation\":\"Oi Caio, já vi seu pagamento\"}"))).isEqualTo(200);

        assertThat(replies.pausedUntil(caio.id())).hasValueSatisfying(until -> assertThat(until)
                .isBetween(Instant.now().plus(Duration.ofHours(23)), Instant.now().plus(Duration.ofHours(25))));
        assertThatThrownBy(() -> reminderJob.send(caio.id(), dueDayTemplate().id(), today.toString(), "due_day", 0,
                JobContext.Null)).isInstanceOf(TransientSendException.class);
        Thread.sleep(300);
        assertThat(sentTo("5551995556666")).isEmpty();
    }

    @Test
    void theWordsAndTheAnswerSavedInSettingsAreTheOnesUsed() throws Exception {
        LocalDate today = LocalDate.now(ZoneId.of("America/Sao_Paulo"));
        Client rita = clients.save(client("rita", "5561997778888", today.plusDays(20)));
        ReplySettings configured = replySettings.configured();
        assertThatThrownBy(() -> replySettings.save(new ReplySettings(List.of("SAIR"), List.of("sair"), "ok", "ok", 24)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.field()).isEqualTo("resumeKeywords");
                    assertThat(e.messageKey()).isEqualTo("replies.settings.error.both");
                });
        assertThatThrownBy(() -> replySettings.save(new ReplySettings(List.of(" "), List.of("VOLTAR"), "ok", "ok", 24)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("optOutKeywords"));
        assertThatThrownBy(() -> replySettings.save(new ReplySettings(List.of("SAIR"), List.of("VOLTAR"), " ", "ok", 24)))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.field()).isEqualTo("optOutConfirmation"));
        assertThatThrownBy(() -> replySettings.save(new ReplySettings(List.of("SAIR"), List.of("VOLTAR"), "a", "b", 721)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("pauseHours"));
        assertThat(replySettings.current()).isEqualTo(configured);
        try {
            replySettings.save(new ReplySettings(List.of("Chega", "chega ", "SAIR"), List.of("VOLTAR"),
                    "Ok, Rita, parei por aqui.", "Voltou!", 24));
            assertThat(replySettings.current().optOutKeywords()).containsExactly("Chega", "SAIR");

            assertThat(post(upsert("3EBCHEGA01", "5561997778888@s.whatsapp.net", "", false,
                    "\"message\":{\"conversation\":\"CHEGÁ de mensagem\"}"))).isEqualTo(200);

            assertThat(clients.find(rita.id()).orElseThrow().remindersEnabled()).isFalse();
            awaitSentTo("5561997778888", 1);
            assertThat(sentTo("5561997778888").getFirst()).contains("Ok, Rita, parei por aqui.");
        } finally {
            replySettings.save(configured);
        }
    }

    @Test
    void receivedMessagesAreKeptAsLongAsTheMessageLogAndGoInItsDailyCleanUp() throws Exception {
        assertThat(post(upsert("3EBRECENT1", "5571990001111@s.whatsapp.net", "", false,
                "\"message\":{\"conversation\":\"oi\"}"))).isEqualTo(200);
        jdbc.sql("INSERT INTO inbound_message (provider, provider_message_id, from_me, received_at) "
                + "VALUES ('EVOLUTION', '3EBOLD0001', FALSE, ?)")
                .param(OffsetDateTime.now(ZoneOffset.UTC).minusDays(181)).update();

        messageLog.deleteExpired();

        assertThat(jdbc.sql("SELECT provider_message_id FROM inbound_message WHERE provider_message_id IN "
                + "('3EBRECENT1', '3EBOLD0001')").query(String.class).list()).containsExactly("3EBRECENT1");
    }

    @Test
    void aMessageTheResellerSendsFromTheAppPausesTheClientsReminders() {
        Client leo = clients.save(client("leo", "5581992223333", LocalDate.now(ZoneId.of("America/Sao_Paulo"))));
        assertThat(replies.pausedUntil(leo.id())).isEmpty();

        messaging.send(SendRequest.text(leo.id(), leo.name(), leo.phone(), "manual", "Oi Leo, tudo certo?", null));

        assertThat(replies.pausedUntil(leo.id())).isPresent();
    }

    private MessageTemplate dueDayTemplate() {
        return templates.all().stream().filter(t -> t.kind() == TemplateKind.DUE_DAY && t.active()).findFirst()
                .orElseThrow();
    }

    private String clientOf(String providerId) {
        return jdbc.sql("SELECT client_id FROM inbound_message WHERE provider_message_id = ?").param(providerId)
                .query(String.class).optional().orElse(null);
    }

    private void loggedSend(String providerId, String clientId, String phone) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        jdbc.sql("INSERT INTO wa_message (client_id, client_name, phone, kind, body, provider, provider_message_id, "
                        + "status, attempts, created_at, updated_at) VALUES (?, 'Ana', ?, 'due_day', 'Oi', 'EVOLUTION', ?, "
                        + "'SENT', 1, ?, ?)")
                .params(clientId, phone, providerId, now, now).update();
    }

    /**
     * What reached the stand-in for one number: the clients of the other tests are due today too, and the app's own
     * sweep sends them their reminders whenever its turn comes.
     */
    private static List<String> sentTo(String number) {
        return STATE.sent.stream().filter(body -> body.contains("\"number\":\"" + number + "\"")).toList();
    }

    private void awaitSentTo(String number, int count) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (sentTo(number).size() < count && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertThat(sentTo(number)).hasSize(count);
    }

    /** A {@code messages.upsert} as Evolution API v2.3.6's webhook emits it ({@code prepareMessage()}). */
    static String upsert(String id, String remoteJid, String keyExtra, boolean fromMe, String message) {
        return "{\"event\":\"messages.upsert\",\"instance\":\"shop\",\"data\":{\"key\":{\"remoteJid\":\"" + remoteJid
                + "\"," + keyExtra + "\"fromMe\":" + fromMe + ",\"id\":\"" + id + "\",\"addressingMode\":\"lid\"},"
                + "\"pushName\":\"Cliente\",\"status\":\"DELIVERY_ACK\"," + message + ",\"contextInfo\":null,"
                + "\"messageType\":\"conversation\",\"messageTimestamp\":1764500000,\"instanceId\":\"i1\","
                + "\"source\":\"android\"},\"destination\":\"http://app/webhooks/evolution\","
                + "\"date_time\":\"2026-11-30T10:00:00.000Z\",\"sender\":\"5511900000000@s.whatsapp.net\","
                + "\"server_url\":\"http://evolution:8080\",\"apikey\":null}";
    }

    private int post(String body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/webhooks/evolution/"
                        + secret.value())).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        return http.send(request, HttpResponse.BodyHandlers.ofString()).statusCode();
    }

    private static Client client(String id, String phone, LocalDate due) {
        return new Client("replies-" + id, "Cliente " + id, phone, "IPTV", new BigDecimal("35.00"), due,
                LocalTime.MIDNIGHT, LocalTime.MIDNIGHT, "", "", LocalDateTime.of(2026, 1, 1, 10, 0), "Mensal", null,
                true, true, null, false);
    }
}
