package com.botclientemanager.charges;

import static org.assertj.core.api.Assertions.assertThat;

import com.botclientemanager.clients.Client;
import com.botclientemanager.clients.ClientDirectory;
import com.botclientemanager.clients.ClientPixCodes;
import com.botclientemanager.clients.ManualSends;
import com.botclientemanager.clients.MessageChoice;
import com.botclientemanager.clients.Payment;
import com.botclientemanager.clients.PaymentMethod;
import com.botclientemanager.clients.PaymentRequest;
import com.botclientemanager.clients.PaymentService;
import com.botclientemanager.reminders.internal.ReminderSendJob;
import com.botclientemanager.templates.MessageTemplate;
import com.botclientemanager.templates.PixSettings;
import com.botclientemanager.templates.PixSettingsService;
import com.botclientemanager.templates.TemplateKind;
import com.botclientemanager.templates.TemplateService;
import com.botclientemanager.testing.StandIns;
import com.botclientemanager.whatsapp.SeparateAppTest;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
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
 * PIX charges through the running app against a stand-in speaking Mercado Pago's documented payments API: what the
 * reseller sees is the payment history, the client's due date, the confirmation message in the log and the review list.
 */
class MercadoPagoChargesTest extends SeparateAppTest {

    private static final MockWebServer MERCADO_PAGO = StandIns.started();
    private static final MercadoPagoStandIn STAND_IN = new MercadoPagoStandIn();
    private static final String SECRET = "webhook-secret-for-tests";
    private static final ZoneId ZONE = ZoneId.of("America/Sao_Paulo");

    @DynamicPropertySource
    static void mercadoPago(DynamicPropertyRegistry registry) {
        MERCADO_PAGO.setDispatcher(STAND_IN);
        registry.add("app.payments.provider", () -> "mercadopago");
        registry.add("app.payments.mercadopago.api-url", () -> MERCADO_PAGO.url("/").toString());
        registry.add("app.payments.mercadopago.access-token", () -> MercadoPagoStandIn.TOKEN);
        registry.add("app.payments.mercadopago.webhook-secret", () -> SECRET);
        registry.add("app.payments.mercadopago.payer-email", () -> "revenda@example.com");
        registry.add("app.payments.mercadopago.read-timeout", () -> "1s");
        registry.add("app.whatsapp.window-start", () -> "00:00");
        registry.add("app.whatsapp.window-end", () -> "23:59:59");
        registry.add("app.whatsapp.rate-per-minute", () -> "6000");
    }

    @AfterAll
    static void stop() {
        MERCADO_PAGO.close();
    }

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @Autowired
    ClientDirectory clients;
    @Autowired
    PaymentService payments;
    @Autowired
    ClientPixCodes pixCodes;
    @Autowired
    ChargeService charges;
    @Autowired
    PaymentNotifications notifications;
    @Autowired
    ProviderHealth health;
    @Autowired
    ReminderSendJob reminderJob;
    @Autowired
    ManualSends manualSends;
    @Autowired
    TemplateService templates;
    @Autowired
    PixSettingsService pixSettings;
    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void freshStandIn() {
        STAND_IN.reset();
        pixSettings.save(new PixSettings("revenda@example.com", "Revenda Teste", "Sao Paulo"));
    }

    @Test
    void aRemindersPixIsADynamicChargeWhoseApprovalRenewsOnceAndThanks() throws Exception {
        LocalDate today = LocalDate.now(ZONE);
        Client ana = clients.save(client("ana", today));

        reminderJob.send(ana.id(), dueDayTemplate().id(), today.toString(), "due_day", 0, JobContext.Null);

        String id = onlyPayment();
        String qr = STAND_IN.payments.get(id).path("point_of_interaction").path("transaction_data").path("qr_code")
                .asString();
        assertThat(loggedBodies(ana.id(), "due_day")).singleElement().asString().contains(qr);
        assertThat(STAND_IN.createBodies).singleElement().asString().contains("\"payment_method_id\":\"pix\"")
                .contains("\"transaction_amount\":30.00").contains("\"external_reference\":\"bcm:" + ana.id() + ":"
                        + today + "\"").contains("\"date_of_expiration\":");
        assertThat(pixCodes.pixCode(clients.find(ana.id()).orElseThrow())).get()
                .satisfies(code -> assertThat(code.code()).isEqualTo(qr));
        assertThat(STAND_IN.creates).as("the page and {pix} reuse the pending charge").hasValue(1);

        STAND_IN.status(id, "approved");
        for (int i = 0; i < 3; i++) {
            assertThat(notify(id, true)).as("delivery %d", i + 1).isEqualTo(200);
        }

        await(() -> payments.history(ana.id()).size() == 1);
        await(() -> STAND_IN.fetches.get() >= 3);
        Thread.sleep(6000); // one more job-server poll: nothing else may happen
        List<Payment> history = payments.history(ana.id());
        assertThat(history).singleElement().satisfies(payment -> {
            assertThat(payment.method()).isEqualTo(PaymentMethod.PIX);
            assertThat(payment.amount()).isEqualByComparingTo("30.00");
            assertThat(payment.note()).isEqualTo("Mercado Pago " + id);
        });
        assertThat(clients.find(ana.id()).orElseThrow().dueDate()).isEqualTo(today.plusMonths(1));
        assertThat(loggedBodies(ana.id(), "confirmation")).hasSize(1);
    }

    @Test
    void aMessageSentByHandWithPixCarriesTheChargeAndOneWithoutPixCreatesNone() throws Exception {
        Client rui = clients.save(client("rui", LocalDate.now(ZONE).plusDays(2)));

        manualSends.sendOne(rui.id(), MessageChoice.freeText("Oi Rui, tudo certo com o sinal?"));
        assertThat(STAND_IN.creates).as("no {pix}, no charge").hasValue(0);

        manualSends.sendOne(rui.id(), MessageChoice.template(dueDayTemplate().id()));

        String qr = STAND_IN.payments.get(onlyPayment()).path("point_of_interaction").path("transaction_data")
                .path("qr_code").asString();
        assertThat(loggedBodies(rui.id(), ManualSends.KIND_MANUAL)).hasSize(2)
                .anySatisfy(body -> assertThat(body).contains(qr));
    }

    @Test
    void aCreateRetriedAfterATimeoutGetsTheSameCharge() {
        LocalDate due = LocalDate.now(ZONE).plusDays(3);
        Client bia = clients.save(client("bia", due));
        STAND_IN.slowCreates.set(1);

        assertThat(charges.codeFor(bia)).as("no answer within the read timeout: the static PIX is used").isEmpty();
        String code = charges.codeFor(bia).orElseThrow();

        assertThat(STAND_IN.creates).as("Mercado Pago made one charge").hasValue(1);
        assertThat(code).contains("mp-" + onlyPayment());
        assertThat(charges.codeFor(bia)).contains(code);
        assertThat(ChargeService.idempotencyKey(bia.id(), due, new BigDecimal("30.00"), 1))
                .as("a restart derives the same key").isEqualTo(ChargeService.idempotencyKey(bia.id(), due,
                        new BigDecimal("30"), 1));
    }

    @Test
    void aSignatureThatDoesNotMatchIsRefusedAndAValidOneAccepted() throws Exception {
        Client caio = clients.save(client("caio", LocalDate.now(ZONE)));
        String id = createdFor(caio);
        STAND_IN.status(id, "approved");

        assertThat(notifyWith(id, "ts=1742505638683,v1=" + "0".repeat(64), "req-1")).isEqualTo(401);
        Thread.sleep(6000);
        assertThat(STAND_IN.fetches).as("a refused notification is not acted upon").hasValue(0);
        assertThat(payments.history(caio.id())).isEmpty();

        assertThat(notify(id, true)).isEqualTo(200);
        await(() -> payments.history(caio.id()).size() == 1);
    }

    @Test
    void aNotificationForAPendingPaymentRecordsNothing() throws Exception {
        LocalDate today = LocalDate.now(ZONE);
        Client davi = clients.save(client("davi", today));
        String id = createdFor(davi);

        assertThat(notify(id, false)).as("unsigned: accepted, checked by the fetch").isEqualTo(200);

        await(() -> STAND_IN.fetches.get() >= 1);
        Thread.sleep(500);
        assertThat(payments.history(davi.id())).isEmpty();
        assertThat(clients.find(davi.id()).orElseThrow().dueDate()).isEqualTo(today);
    }

    @Test
    void anApprovedPaymentOfAnotherAmountIsFlaggedAndNotRecorded() throws Exception {
        LocalDate today = LocalDate.now(ZONE);
        Client eva = clients.save(client("eva", today));
        String id = createdFor(eva);
        STAND_IN.amount(id, "3.00");
        STAND_IN.status(id, "approved");

        assertThat(notify(id, true)).isEqualTo(200);

        await(() -> charges.reviews().stream().anyMatch(r -> r.providerPaymentId().equals(id)));
        assertThat(charges.reviews()).filteredOn(r -> r.providerPaymentId().equals(id)).singleElement()
                .satisfies(r -> assertThat(r.reason()).isEqualTo("amount-differs"));
        assertThat(payments.history(eva.id())).isEmpty();
        assertThat(clients.find(eva.id()).orElseThrow().dueDate()).isEqualTo(today);
    }

    @Test
    void aLostNotificationIsPickedUpByReconciliation() {
        LocalDate today = LocalDate.now(ZONE);
        Client fabi = clients.save(client("fabi", today));
        String id = createdFor(fabi);
        STAND_IN.status(id, "approved");

        notifications.reconcile();
        notifications.reconcile();

        assertThat(payments.history(fabi.id())).singleElement()
                .satisfies(p -> assertThat(p.note()).isEqualTo("Mercado Pago " + id));
        assertThat(clients.find(fabi.id()).orElseThrow().dueDate()).isEqualTo(today.plusMonths(1));
        assertThat(loggedBodies(fabi.id(), "confirmation")).hasSize(1);
    }

    @Test
    void anApprovedPaymentTheAppStoppedRecordingIsRecordedOnceByTheNextReconciliation() {
        LocalDate today = LocalDate.now(ZONE);
        Client ivo = clients.save(client("ivo", today));
        Client jade = clients.save(client("jade", today));
        String notStored = createdFor(ivo);
        String stored = createdFor(jade);
        STAND_IN.status(notStored, "approved");
        STAND_IN.status(stored, "approved");
        // the app died after claiming both recordings: before storing ivo's payment, after storing jade's
        claimedMinutesAgo(notStored, 5);
        claimedMinutesAgo(stored, 5);
        payments.markPaid(jade.id(), new PaymentRequest(today, new BigDecimal("30.00"), PaymentMethod.PIX,
                "Mercado Pago " + stored), PaymentNotifications.paymentIdOf(stored));
        assertThat(payments.history(ivo.id())).isEmpty();

        notifications.reconcile();
        notifications.reconcile();

        assertThat(payments.history(ivo.id())).singleElement()
                .satisfies(p -> assertThat(p.note()).isEqualTo("Mercado Pago " + notStored));
        assertThat(clients.find(ivo.id()).orElseThrow().dueDate()).isEqualTo(today.plusMonths(1));
        assertThat(loggedBodies(ivo.id(), "confirmation")).hasSize(1);
        assertThat(payments.history(jade.id())).hasSize(1);
        assertThat(clients.find(jade.id()).orElseThrow().dueDate()).isEqualTo(today.plusMonths(1));
        assertThat(chargeStatus(notStored)).isEqualTo("approved");
        assertThat(chargeStatus(stored)).isEqualTo("approved");
    }

    @Test
    void anApprovedPaymentStoredBeforeTheStopRenewsTheClientAndConfirmsOnce() {
        LocalDate today = LocalDate.now(ZONE);
        Client lua = clients.save(client("lua", today));
        String id = createdFor(lua);
        STAND_IN.status(id, "approved");
        claimedMinutesAgo(id, 5);
        payments.markPaid(lua.id(), new PaymentRequest(today, new BigDecimal("30.00"), PaymentMethod.PIX,
                "Mercado Pago " + id), PaymentNotifications.paymentIdOf(id));
        clients.save(lua); // the app died after storing the payment, before renewing the client

        notifications.reconcile();
        notifications.reconcile();

        assertThat(payments.history(lua.id())).hasSize(1);
        assertThat(clients.find(lua.id()).orElseThrow().dueDate()).isEqualTo(today.plusMonths(1));
        assertThat(loggedBodies(lua.id(), "confirmation")).hasSize(1);
        assertThat(chargeStatus(id)).isEqualTo("approved");
    }

    private void claimedMinutesAgo(String providerPaymentId, int minutes) {
        jdbc.sql("UPDATE pix_charge SET payment_recorded = TRUE, status = 'recording', updated_at = ? "
                        + "WHERE provider_payment_id = ?")
                .params(java.time.OffsetDateTime.now(java.time.ZoneOffset.UTC).minusMinutes(minutes), providerPaymentId)
                .update();
    }

    private String chargeStatus(String providerPaymentId) {
        return jdbc.sql("SELECT status FROM pix_charge WHERE provider_payment_id = ?").param(providerPaymentId)
                .query(String.class).single();
    }

    @Test
    void aRefundIsFlaggedForReviewAndNeverMovesTheDueDateBack() throws Exception {
        LocalDate today = LocalDate.now(ZONE);
        Client gil = clients.save(client("gil", today));
        String id = createdFor(gil);
        STAND_IN.status(id, "approved");
        notifications.reconcile();
        assertThat(payments.history(gil.id())).hasSize(1);

        STAND_IN.status(id, "refunded");
        assertThat(notify(id, true)).isEqualTo(200);

        await(() -> charges.reviews().stream().anyMatch(r -> r.providerPaymentId().equals(id)));
        assertThat(charges.reviews()).filteredOn(r -> r.providerPaymentId().equals(id)).singleElement()
                .satisfies(r -> assertThat(r.reason()).isEqualTo("refunded"));
        assertThat(clients.find(gil.id()).orElseThrow().dueDate()).isEqualTo(today.plusMonths(1));
        assertThat(payments.history(gil.id())).singleElement().satisfies(p -> assertThat(p.undone()).isFalse());
    }

    @Test
    void whenMercadoPagoIsDownTheReminderGoesWithTheStaticPix() throws Exception {
        LocalDate today = LocalDate.now(ZONE);
        Client hugo = clients.save(client("hugo", today));
        STAND_IN.failWith = 500;

        reminderJob.send(hugo.id(), dueDayTemplate().id(), today.toString(), "due_day", 0, JobContext.Null);

        assertThat(loggedBodies(hugo.id(), "due_day")).singleElement().asString().contains("br.gov.bcb.pix")
                .doesNotContain("mp-");
        assertThat(health.isTokenRejected()).isFalse();
    }

    private String createdFor(Client client) {
        assertThat(charges.codeFor(client)).isPresent();
        return STAND_IN.payments.keySet().stream().filter(id -> STAND_IN.payments.get(id).path("external_reference")
                .asString().startsWith("bcm:" + client.id() + ":")).findFirst().orElseThrow();
    }

    private String onlyPayment() {
        assertThat(STAND_IN.payments).hasSize(1);
        return STAND_IN.payments.keySet().iterator().next();
    }

    private List<String> loggedBodies(String clientId, String kind) {
        return jdbc.sql("SELECT body FROM wa_message WHERE client_id = ? AND kind = ?").params(clientId, kind)
                .query(String.class).list();
    }

    private MessageTemplate dueDayTemplate() {
        return templates.all().stream().filter(t -> t.kind() == TemplateKind.DUE_DAY && t.active()).findFirst()
                .orElseThrow();
    }

    /** A notification as Mercado Pago sends it, signed with the secret (or without {@code x-signature}). */
    private int notify(String id, boolean signed) throws Exception {
        String requestId = UUID.randomUUID().toString();
        String ts = Long.toString(System.currentTimeMillis());
        String manifest = "id:" + id + ";request-id:" + requestId + ";ts:" + ts + ";";
        return notifyWith(id, signed ? "ts=" + ts + ",v1=" + hmac(manifest) : null, requestId);
    }

    private int notifyWith(String id, String signature, String requestId) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port
                        + "/webhooks/mercadopago?data.id=" + id + "&type=payment"))
                .header("Content-Type", "application/json").header("x-request-id", requestId)
                .POST(HttpRequest.BodyPublishers.ofString("{\"action\":\"payment.updated\",\"api_version\":\"v1\","
                        + "\"data\":{\"id\":\"" + id + "\"},\"id\":123,\"live_mode\":true,\"type\":\"payment\"}"));
        if (signature != null) {
            request.header("x-signature", signature);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString()).statusCode();
    }

    private static String hmac(String manifest) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return HexFormat.of().formatHex(mac.doFinal(manifest.getBytes(StandardCharsets.UTF_8)));
    }

    private static void await(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!condition.getAsBoolean() && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertThat(condition.getAsBoolean()).isTrue();
    }

    private static Client client(String id, LocalDate due) {
        return new Client("charges-" + id, "Cliente " + id, "5511987650000", "IPTV", new BigDecimal("30.00"), due,
                LocalTime.MIDNIGHT, LocalTime.MIDNIGHT, "", "", LocalDateTime.of(2026, 1, 1, 10, 0), "Mensal", null,
                true, true, null, false);
    }
}
