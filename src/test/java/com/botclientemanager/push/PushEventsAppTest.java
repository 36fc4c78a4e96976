package com.botclientemanager.push;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.botclientemanager.clients.Client;
import com.botclientemanager.clients.ClientDirectory;
import com.botclientemanager.plans.PlanCatalogue;
import com.botclientemanager.push.internal.BrowserSubscription;
import com.botclientemanager.push.internal.DailySummary;
import com.botclientemanager.push.internal.DamagedFileWatch;
import com.botclientemanager.push.internal.PushServiceStandIn;
import com.botclientemanager.receipts.ReceiptAwaiting;
import com.botclientemanager.whatsapp.ConnectionChanged;
import com.botclientemanager.whatsapp.ConnectionStatus.ConnectionState;
import com.botclientemanager.whatsapp.CredentialsRejected;
import com.botclientemanager.whatsapp.InboundMessage;
import com.botclientemanager.whatsapp.MessageLog;
import com.botclientemanager.whatsapp.MessageStatus;
import com.botclientemanager.whatsapp.MessageStatusChanged;
import com.botclientemanager.whatsapp.Provider;
import com.botclientemanager.whatsapp.SendingSettingsService;
import com.botclientemanager.whatsapp.SeparateAppTest;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The whole app turns a failed batch, a WhatsApp disconnection and the end of the sending window into notifications. */
class PushEventsAppTest extends SeparateAppTest {

    @Autowired
    private org.springframework.context.ApplicationContext context;

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    private PushService push;
    @Autowired
    private ApplicationEventPublisher events;
    @Autowired
    private DailySummary summary;
    @Autowired
    private SendingSettingsService sending;
    @Autowired
    private MessageLog messageLog;
    @Autowired
    private ClientDirectory clients;
    @Autowired
    private DamagedFileWatch damagedFiles;
    @Autowired
    private PlanCatalogue plans;
    @Autowired
    private JdbcClient jdbc;
    @Value("${app.data-dir}")
    private Path dataDir;
    private PushServiceStandIn pushService;
    private BrowserSubscription browser;

    @DynamicPropertySource
    static void shortWindow(DynamicPropertyRegistry registry) {
        registry.add("app.push.failure-window", () -> "1s");
    }

    @BeforeEach
    void subscribe() throws Exception {
        pushService = new PushServiceStandIn();
        browser = new BrowserSubscription();
        push.subscribe(ADMIN, new PushSubscriptionRequest(pushService.origin() + "/push/phone", browser.p256dh(),
                browser.authSecret(), "Mozilla/5.0 (Linux; Android 14) Chrome/130.0", Locale.forLanguageTag("pt-BR")));
    }

    @AfterEach
    void unsubscribe() {
        push.devices(ADMIN).forEach(device -> push.remove(ADMIN, device.id()));
        pushService.close();
    }

    @Test
    void aBatchOfFailedRemindersIsOneNotificationThatOpensTheFailedMessages() throws Exception {
        for (int i = 0; i < 3; i++) {
            events.publishEvent(new MessageStatusChanged(9000 + i, "c" + i, "Cliente " + i, "before_due",
                    MessageStatus.FAILED, null));
        }
        events.publishEvent(new MessageStatusChanged(9100, "c9", "Cliente 9", "manual", MessageStatus.FAILED, null));

        JsonNode payload = next();
        assertThat(payload.path("options").path("body").asString()).startsWith("3 lembretes falharam");
        assertThat(payload.path("options").path("data").path("url").asString())
                .isEqualTo("/messages?status=failed&day=today");
        assertThat(pushService.received.poll(2, TimeUnit.SECONDS)).as("one notification for the batch").isNull();
    }

    @Test
    void aPaymentToConfirmAndAClientsReplyNameTheClientByFirstNameAndOpenTheirScreens() throws Exception {
        Client ana = clients.save(new Client(UUID.randomUUID().toString(), "Ana Paula Souza", "5571991234567", "IPTV",
                new BigDecimal("35.00"), LocalDate.now().plusDays(2), LocalTime.of(9, 0), LocalTime.of(9, 0), "", "",
                LocalDateTime.of(2026, 1, 1, 10, 0), "Mensal", null, true, true, null, false));
        try {
            events.publishEvent(new ReceiptAwaiting(77, ana.id()));
            JsonNode toConfirm = next();
            assertThat(toConfirm.path("title").asString()).isEqualTo("Pagamento a confirmar");
            assertThat(toConfirm.path("options").path("body").asString()).startsWith("Ana avisou que pagou")
                    .doesNotContain("Souza");
            assertThat(toConfirm.path("options").path("data").path("url").asString()).isEqualTo("/receipts");

            // the number as WhatsApp reports older Brazilian mobiles: without the ninth digit
            events.publishEvent(new InboundMessage(Provider.EVOLUTION, "IN-" + UUID.randomUUID(), "557191234567", null,
                    null, "Ana", "oi", null, null, null, Instant.now(), false));
            JsonNode replied = next();
            assertThat(replied.path("options").path("body").asString()).isEqualTo("Ana respondeu no WhatsApp.");
            assertThat(replied.path("options").path("data").path("url").asString())
                    .isEqualTo("/conversations/" + ana.id());
        } finally {
            clients.delete(ana.id());
        }
    }

    @Test
    void aDataFileTheAppCannotReadIsNotifiedOnce() throws Exception {
        Path plansFile = dataDir.resolve("plans.json");
        Files.writeString(plansFile, "{\"plans\": [ {\"name\": ");
        try {
            catchThrowable(plans::all); // the plans page or a price change reads it and finds it damaged

            assertThat(damagedFiles.check()).isEqualTo(1);
            JsonNode payload = next();
            assertThat(payload.path("title").asString()).isEqualTo("Arquivo de dados danificado");
            assertThat(payload.path("options").path("body").asString()).contains("plans.json");
            assertThat(damagedFiles.check()).as("notified once while it stays damaged").isZero();
        } finally {
            Files.deleteIfExists(plansFile);
        }
    }

    @Test
    void aWhatsAppDisconnectionAndRejectedCredentialsAreNotified() throws Exception {
        events.publishEvent(new ConnectionChanged(ConnectionState.DISCONNECTED));

        JsonNode payload = next();
        assertThat(payload.path("title").asString()).isEqualTo("WhatsApp desconectado");
        assertThat(payload.path("options").path("data").path("url").asString()).isEqualTo("/whatsapp");

        events.publishEvent(new CredentialsRejected(Provider.CLOUD));
        JsonNode rejected = next();
        assertThat(rejected.path("title").asString()).isEqualTo("WhatsApp recusou o acesso");
        assertThat(rejected.path("options").path("data").path("url").asString()).isEqualTo("/whatsapp");
    }

    @Test
    void theDailySummaryArrivesOnceWhenTheSendingWindowCloses() throws Exception {
        var settings = sending.current();
        ZonedDateTime day = ZonedDateTime.now(messageLog.zone());
        while (!settings.days().contains(day.getDayOfWeek())) {
            day = day.minusDays(1);
        }
        ZonedDateTime closed = day.with(settings.windowEnd()).plusMinutes(1);
        // that day: two messages really reached WhatsApp, one was only simulated in test mode
        for (String status : List.of("DELIVERED", "READ", "SIMULATED")) {
            OffsetDateTime at = closed.minusHours(1).toOffsetDateTime();
            jdbc.sql("INSERT INTO wa_message (reminder_key, client_id, client_name, phone, kind, body, provider, status, "
                    + "attempts, created_at, updated_at) VALUES (?, 'c', 'Cliente c', '5511999990004', 'before_due', "
                    + "'oi', 'CLOUD', ?, 1, ?, ?)").params("summary-" + status, status, at, at).update();
        }

        assertThat(summary.sendIfDue(closed.minusMinutes(2))).as("not before the window closes").isFalse();
        assertThat(summary.sendIfDue(closed)).isTrue();
        assertThat(summary.sendIfDue(closed.plusMinutes(5))).as("once a day").isFalse();
        DailySummary afterRestart = context.getAutowireCapableBeanFactory().createBean(DailySummary.class);
        try {
            assertThat(afterRestart.sendIfDue(closed.plusMinutes(6))).as("once a day, after a restart too").isFalse();
        } finally {
            context.getAutowireCapableBeanFactory().destroyBean(afterRestart);
        }

        JsonNode payload = next();
        assertThat(payload.path("title").asString()).isEqualTo("Resumo do dia");
        assertThat(payload.path("options").path("body").asString())
                .as("a simulated message is not counted as sent")
                .matches("Enviadas: 2 · Falharam: \\d+ · Não enviadas: \\d+ · Pagamentos: \\d+");
    }

    private JsonNode next() throws Exception {
        PushServiceStandIn.Received request = pushService.received.poll(15, TimeUnit.SECONDS);
        assertThat(request).as("a notification reached the push service").isNotNull();
        return JSON.readTree(browser.decrypt(request.body()));
    }
}
