package com.botclientemanager.receipts;

import static org.assertj.core.api.Assertions.assertThat;

import com.botclientemanager.clients.Client;
import com.botclientemanager.clients.ClientDirectory;
import com.botclientemanager.clients.PaymentMethod;
import com.botclientemanager.clients.PaymentRequest;
import com.botclientemanager.clients.PaymentService;
import com.botclientemanager.paylinks.PaymentClaimed;
import com.botclientemanager.testing.EvolutionStandIn;
import com.botclientemanager.testing.StandIns;
import com.botclientemanager.whatsapp.MessageLog;
import com.botclientemanager.whatsapp.SeparateAppTest;
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
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * "PAGUEI" and receipt photos through the running app's Evolution webhook, posted as Evolution API v2.3.6 sends
 * {@code messages.upsert}; the stand-in serves the photo on {@code getBase64FromMediaMessage}. Then the reseller's
 * "Confirmar" and "Recusar".
 */
class ReceiptsWebhookTest extends SeparateAppTest {

    private static final MockWebServer EVOLUTION = StandIns.started();
    private static final EvolutionStandIn STATE = new EvolutionStandIn("shop", "evo-key", true, "code", null, "OUT-");
    /** Media the stand-in serves, by message id. */
    private static final Map<String, String> MEDIA = new ConcurrentHashMap<>();

    @DynamicPropertySource
    static void evolution(DynamicPropertyRegistry registry) {
        EVOLUTION.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
                if (request.getUrl().encodedPath().equals("/chat/getBase64FromMediaMessage/shop")) {
                    String body = request.getBody().utf8();
                    return MEDIA.entrySet().stream().filter(e -> body.contains("\"id\":\"" + e.getKey() + "\""))
                            .findFirst().map(e -> new MockResponse.Builder().code(200)
                                    .addHeader("Content-Type", "application/json").body(e.getValue()).build())
                            .orElse(new MockResponse.Builder().code(400).body("{}").build());
                }
                return STATE.dispatch(request);
            }
        });
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
    private final LocalDate today = LocalDate.now(ZoneId.of("America/Sao_Paulo"));

    @Autowired
    ClientDirectory clients;
    @Autowired
    ReceiptService receipts;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    MessageLog messageLog;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ReceiptDecisions decisions;
    @Autowired
    PaymentService payments;
    @Autowired
    EvolutionWebhookSecret secret;

    @BeforeEach
    void freshStandIn() {
        STATE.reset();
    }

    @Test
    void pagueiWithAPhotoWaitsWithThePhotoAndASecondPhotoJoinsIt() throws Exception {
        Client ana = clients.save(client("ana", "5511911112222", today.plusDays(2)));
        byte[] photo = jpeg(200_000);
        MEDIA.put("3EBPHOTO1", evolutionMedia(photo, "image/jpeg"));
        MEDIA.put("3EBPHOTO2", evolutionMedia(jpeg(1000), "image/jpeg"));

        assertThat(post(image("3EBPHOTO1", "5511911112222", "PAGUEI"))).isEqualTo(200);
        assertThat(post(image("3EBPHOTO1", "5511911112222", "PAGUEI"))).as("a repeated delivery").isEqualTo(200);
        Receipt waiting = itemOf(ana);
        assertThat(waiting.amountDue()).isEqualByComparingTo("35.00");
        assertThat(waiting.dueDate()).isEqualTo(today.plusDays(2));
        assertThat(waiting.parts()).singleElement().satisfies(p -> assertThat(p.text()).isEqualTo("PAGUEI"));

        Receipt.Part stored = awaitFile(ana, 0);
        assertThat(stored.contentType()).isEqualTo("image/jpeg");
        assertThat(receipts.file(stored.id()).orElseThrow().content().readAllBytes()).isEqualTo(photo);

        assertThat(post(image("3EBPHOTO2", "5511911112222", null))).isEqualTo(200);
        Receipt same = itemOf(ana);
        assertThat(same.id()).isEqualTo(waiting.id());
        assertThat(same.parts()).hasSize(2);
        awaitFile(ana, 1);
    }

    @Test
    void aKeywordAloneMakesAnItemAndOtherTextOrUnknownSendersDoNot() throws Exception {
        Client bia = clients.save(client("bia", "5521933334444", today.minusDays(3)));
        Client far = clients.save(client("far", "5521955556666", today.plusDays(40)));

        assertThat(post(text("3EBTXT1", "5521933334444", "oi, tudo bem?"))).isEqualTo(200);
        assertThat(receipts.pending()).noneMatch(r -> r.clientId().equals(bia.id()));

        assertThat(post(text("3EBTXT2", "5521933334444", "Já paguei, moço"))).isEqualTo(200);
        assertThat(itemOf(bia).parts()).singleElement().satisfies(p -> assertThat(p.fileState()).isEqualTo("NONE"));

        assertThat(post(text("3EBTXT3", "5521977778888", "PAGUEI"))).as("unknown sender").isEqualTo(200);
        assertThat(post(text("3EBTXT4", "5521955556666", "PAGUEI"))).as("due in 40 days").isEqualTo(200);
        assertThat(receipts.pending()).noneMatch(r -> r.clientId().equals(far.id()))
                .noneMatch(r -> r.parts().stream().anyMatch(p -> "3EBTXT3".equals(p.text())));
    }

    @Test
    void jaPagueiOnTheClientsPageWaitsWithItsReceiptLikeAPagueiOnWhatsApp() throws Exception {
        Client gil = clients.save(client("gil", "5561988889999", today.plusDays(1)));
        byte[] photo = jpeg(5000);

        events.publishEvent(new PaymentClaimed(gil.id(), "image/jpeg", photo, "paguei pelo banco", Instant.now()));

        Receipt waiting = itemOf(gil);
        assertThat(waiting.source()).isEqualTo(ReceiptSource.CLIENT_PAGE);
        assertThat(waiting.parts()).singleElement().satisfies(p -> assertThat(p.text()).isEqualTo("paguei pelo banco"));
        Receipt.Part stored = awaitFile(gil, 0);
        assertThat(receipts.file(stored.id()).orElseThrow().content().readAllBytes()).isEqualTo(photo);
    }

    @Test
    void theFileOfAnItemDecidedLongerAgoThanTheLogIsKeptGoesInTheLogsDailyCleanUp() throws Exception {
        Client ivo = clients.save(client("ivo", "5571977776666", today.plusDays(1)));
        events.publishEvent(new PaymentClaimed(ivo.id(), "image/jpeg", jpeg(3000), "", Instant.now()));
        Receipt waiting = itemOf(ivo);
        Receipt.Part stored = awaitFile(ivo, 0);
        assertThat(decisions.refuse(waiting.id(), "")).isTrue();

        messageLog.deleteExpired();
        assertThat(receipts.file(stored.id())).as("decided today: kept").isPresent();

        jdbc.sql("UPDATE receipt SET decided_at = ? WHERE id = ?")
                .params(OffsetDateTime.now(ZoneOffset.UTC).minusDays(181), waiting.id()).update();
        messageLog.deleteExpired();
        assertThat(receipts.file(stored.id())).as("decided 181 days ago, the log keeps 180").isEmpty();
    }

    @Test
    void aFileThatIsNotAnImageOrPdfIsRefused() throws Exception {
        Client caio = clients.save(client("caio", "5531922223333", today));
        MEDIA.put("3EBGIF", evolutionMedia("GIF89a-not-a-receipt".getBytes(), "image/jpeg"));

        assertThat(post(image("3EBGIF", "5531922223333", "olha"))).isEqualTo(200);

        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!"FAILED".equals(itemOf(caio).parts().getFirst().fileState()) && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }
        assertThat(itemOf(caio).parts().getFirst().fileState()).isEqualTo("FAILED");
    }

    @Test
    void confirmRecordsThePaymentOnceEvenWhenClickedTwiceAndRenews() throws Exception {
        Client duda = clients.save(client("duda", "5541944445555", today));
        long id = receipts.submit(new ReceiptClaim(duda.id(), ReceiptSource.CLIENT_PAGE, "Já paguei", "image/png",
                null, null, java.time.Instant.now())).orElseThrow();
        PaymentRequest request = new PaymentRequest(today, new BigDecimal("35.00"), PaymentMethod.PIX, "");

        var pool = Executors.newFixedThreadPool(2);
        List<Future<Boolean>> clicks = List.of(
                pool.submit(() -> decisions.confirm(id, request, false).isPresent()),
                pool.submit(() -> decisions.confirm(id, request, false).isPresent()));
        int recorded = 0;
        for (Future<Boolean> click : clicks) {
            recorded += click.get() ? 1 : 0;
        }
        pool.shutdown();

        assertThat(recorded).isEqualTo(1);
        assertThat(payments.history(duda.id())).hasSize(1);
        assertThat(clients.find(duda.id()).orElseThrow().dueDate()).isEqualTo(today.plusMonths(1));
        assertThat(receipts.find(id).orElseThrow().status()).isEqualTo(ReceiptStatus.CONFIRMED);
        assertThat(receipts.pending()).noneMatch(r -> r.id() == id);
    }

    @Test
    void anItemTheAppStoppedConfirmingIsFinishedOnceByWhetherItsPaymentWasStored() throws Exception {
        Client lia = clients.save(client("lia", "5521944441111", today));
        Client rui = clients.save(client("rui", "5521944442222", today));
        Client teo = clients.save(client("teo", "5521944443333", today));
        long paid = receipts.submit(new ReceiptClaim(lia.id(), ReceiptSource.CLIENT_PAGE, "Já paguei", null, null,
                null, Instant.now())).orElseThrow();
        long unpaid = receipts.submit(new ReceiptClaim(rui.id(), ReceiptSource.CLIENT_PAGE, "Já paguei", null, null,
                null, Instant.now())).orElseThrow();
        long running = receipts.submit(new ReceiptClaim(teo.id(), ReceiptSource.CLIENT_PAGE, "Já paguei", null, null,
                null, Instant.now())).orElseThrow();
        PaymentRequest request = new PaymentRequest(today, new BigDecimal("35.00"), PaymentMethod.PIX, "");
        // the app died in the middle of "Confirmar": after the payment was stored for lia, before it for rui
        confirmingSince(paid, Instant.now().minus(Duration.ofMinutes(5)));
        payments.markPaid(lia.id(), request, ReceiptDecisions.paymentIdOf(receipts.find(paid).orElseThrow()));
        confirmingSince(unpaid, Instant.now().minus(Duration.ofMinutes(5)));
        confirmingSince(running, Instant.now()); // a confirmation still running elsewhere is not touched
        assertThat(receipts.pending()).extracting(Receipt::id).doesNotContain(paid, unpaid, running);

        assertThat(decisions.finishUnfinished()).isEqualTo(2);
        assertThat(decisions.finishUnfinished()).as("finished once").isZero();

        assertThat(receipts.find(paid).orElseThrow().status()).isEqualTo(ReceiptStatus.CONFIRMED);
        assertThat(payments.history(lia.id())).hasSize(1);
        assertThat(clients.find(lia.id()).orElseThrow().dueDate()).isEqualTo(today.plusMonths(1));
        assertThat(receipts.find(unpaid).orElseThrow().status()).isEqualTo(ReceiptStatus.PENDING);
        assertThat(receipts.pending()).extracting(Receipt::id).contains(unpaid).doesNotContain(paid, running);
        assertThat(receipts.find(running).orElseThrow().status()).isEqualTo(ReceiptStatus.CONFIRMING);

        assertThat(decisions.confirm(unpaid, request, false)).isPresent();
        assertThat(payments.history(rui.id())).hasSize(1);
        assertThat(clients.find(rui.id()).orElseThrow().dueDate()).isEqualTo(today.plusMonths(1));
    }

    @Test
    void anItemTheAppStoppedConfirmingAfterStoringItsPaymentRenewsTheClientOnce() throws Exception {
        Client ana = clients.save(client("ana", "5521944445555", today));
        long id = receipts.submit(new ReceiptClaim(ana.id(), ReceiptSource.CLIENT_PAGE, "Já paguei", null, null,
                null, Instant.now())).orElseThrow();
        confirmingSince(id, Instant.now().minus(Duration.ofMinutes(5)));
        payments.markPaid(ana.id(), new PaymentRequest(today, new BigDecimal("35.00"), PaymentMethod.PIX, ""),
                ReceiptDecisions.paymentIdOf(receipts.find(id).orElseThrow()));
        clients.save(ana); // the app died after the payment was stored, before the client was renewed

        assertThat(decisions.finishUnfinished()).isEqualTo(1);
        assertThat(decisions.finishUnfinished()).as("finished once").isZero();

        assertThat(receipts.find(id).orElseThrow().status()).isEqualTo(ReceiptStatus.CONFIRMED);
        assertThat(payments.history(ana.id())).hasSize(1);
        assertThat(clients.find(ana.id()).orElseThrow().dueDate()).isEqualTo(today.plusMonths(1));
    }

    private void confirmingSince(long id, Instant since) {
        jdbc.sql("UPDATE receipt SET status = 'CONFIRMING', confirming_since = ? WHERE id = ?")
                .params(since.atOffset(ZoneOffset.UTC), id).update();
    }

    @Test
    void refuseClosesTheItemAndSendsTheMessage() throws Exception {
        Client eva = clients.save(client("eva", "5551966667777", today));
        long id = receipts.submit(new ReceiptClaim(eva.id(), ReceiptSource.WHATSAPP, "pago", null, null, "X:1",
                java.time.Instant.now())).orElseThrow();

        assertThat(decisions.refuse(id, "Não encontrei o PIX, pode mandar de novo?")).isTrue();
        assertThat(decisions.refuse(id, "de novo")).isFalse();

        assertThat(receipts.find(id).orElseThrow().status()).isEqualTo(ReceiptStatus.REFUSED);
        assertThat(clients.find(eva.id()).orElseThrow().dueDate()).isEqualTo(today);
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (STATE.sent.isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertThat(STATE.sent).singleElement().satisfies(body -> assertThat(body)
                .contains("5551966667777").contains("Não encontrei o PIX"));
    }

    private Receipt itemOf(Client client) {
        return receipts.pending().stream().filter(r -> r.clientId().equals(client.id())).findFirst().orElseThrow();
    }

    private Receipt.Part awaitFile(Client client, int index) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            Receipt.Part part = itemOf(client).parts().get(index);
            if (!part.arriving(Instant.now())) {
                assertThat(part.fileState()).isEqualTo("STORED");
                return part;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("the receipt file did not arrive");
    }

    static String evolutionMedia(byte[] bytes, String type) {
        return "{\"mediaType\":\"imageMessage\",\"fileName\":null,\"caption\":null,\"size\":{\"fileLength\":"
                + bytes.length + "},\"mimetype\":\"" + type + "\",\"base64\":\""
                + Base64.getEncoder().encodeToString(bytes) + "\",\"buffer\":null}";
    }

    static String image(String id, String phone, String caption) {
        return upsert(id, phone, "\"message\":{\"imageMessage\":{\"url\":\"https://mmg.whatsapp.net/x.enc\","
                + "\"mimetype\":\"image/jpeg\"" + (caption == null ? "" : ",\"caption\":\"" + caption + "\"")
                + ",\"fileLength\":\"1000\"}}");
    }

    static String text(String id, String phone, String text) {
        return upsert(id, phone, "\"message\":{\"conversation\":\"" + text + "\"}");
    }

    static String upsert(String id, String phone, String message) {
        return "{\"event\":\"messages.upsert\",\"instance\":\"shop\",\"data\":{\"key\":{\"remoteJid\":\"" + phone
                + "@s.whatsapp.net\",\"fromMe\":false,\"id\":\"" + id + "\"},\"pushName\":\"Cliente\","
                + "\"status\":\"DELIVERY_ACK\"," + message + ",\"messageType\":\"imageMessage\","
                + "\"messageTimestamp\":1764500000,\"instanceId\":\"i1\",\"source\":\"android\"},"
                + "\"destination\":\"http://app/webhooks/evolution\",\"date_time\":\"2026-11-30T10:00:00.000Z\","
                + "\"sender\":\"5511900000000@s.whatsapp.net\",\"server_url\":\"http://evolution:8080\",\"apikey\":null}";
    }

    int post(String body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/webhooks/evolution/"
                        + secret.value())).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        return http.send(request, HttpResponse.BodyHandlers.ofString()).statusCode();
    }

    static Client client(String id, String phone, LocalDate due) {
        return new Client("receipts-" + id, "Cliente " + id, phone, "IPTV", new BigDecimal("35.00"), due,
                LocalTime.MIDNIGHT, LocalTime.MIDNIGHT, "", "", LocalDateTime.of(2026, 1, 1, 10, 0), "Mensal", null,
                true, true, null, false);
    }

    static byte[] jpeg(int size) {
        byte[] bytes = new byte[size];
        Arrays.fill(bytes, (byte) 0x21);
        bytes[0] = (byte) 0xFF;
        bytes[1] = (byte) 0xD8;
        bytes[2] = (byte) 0xFF;
        return bytes;
    }
}
