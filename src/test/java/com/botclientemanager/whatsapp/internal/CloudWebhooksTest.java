package com.botclientemanager.whatsapp.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.botclientemanager.whatsapp.SeparateAppTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The delivery-status webhooks on the running app, without a login: Evolution's secret URL and Meta's signed POSTs,
 * including wrong or missing credentials, repeated deliveries and malformed bodies (which never change a row).
 */
class WebhooksTest extends SeparateAppTest {

    private static final String APP_SECRET = "meta-app-secret";
    private static final String VERIFY_TOKEN = "verify-me-please";

    private final HttpClient http = HttpClient.newHttpClient();

    @Autowired
    private EvolutionWebhookSecret secret;
    @Autowired
    private JdbcClient jdbc;

    @DynamicPropertySource
    static void cloudWebhookSettings(DynamicPropertyRegistry registry) {
        registry.add("app.whatsapp.cloud.app-secret", () -> APP_SECRET);
        registry.add("app.whatsapp.cloud.verify-token", () -> VERIFY_TOKEN);
    }

    @Test
    void evolutionReportsMoveTheMessageForwardAndRepeatsChangeNothing() throws Exception {
        long id = sentMessage("BAE5F5A632EAE722");
        String url = baseUrl() + "/webhooks/evolution/" + secret.value();

        assertThat(post(url, evolutionUpdate("BAE5F5A632EAE722", "DELIVERY_ACK"), null).statusCode()).isEqualTo(200);
        assertThat(post(url, evolutionUpdate("BAE5F5A632EAE722", "DELIVERY_ACK"), null).statusCode()).isEqualTo(200);
        assertThat(status(id)).isEqualTo("DELIVERED");
        assertThat(post(url + "/messages-update", evolutionUpdate("BAE5F5A632EAE722", "READ"), null).statusCode())
                .isEqualTo(200);
        assertThat(post(url, evolutionUpdate("BAE5F5A632EAE722", "DELIVERY_ACK"), null).statusCode()).isEqualTo(200);

        assertThat(status(id)).isEqualTo("READ");
        assertThat(history(id)).containsExactly("SENT", "DELIVERED", "READ");
    }

    @Test
    void evolutionWithAWrongSecretGetsA404AndChangesNothing() throws Exception {
        long id = sentMessage("EVO-WRONG-SECRET");

        HttpResponse<String> response = post(baseUrl() + "/webhooks/evolution/not-the-secret",
                evolutionUpdate("EVO-WRONG-SECRET", "READ"), null);

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).doesNotContain("secret");
        assertThat(status(id)).isEqualTo("SENT");
    }

    @Test
    void evolutionMalformedJsonIsA400() throws Exception {
        long id = sentMessage("EVO-MALFORMED");

        assertThat(post(baseUrl() + "/webhooks/evolution/" + secret.value(), "{\"event\":\"messages.update\",",
                null).statusCode()).isEqualTo(400);
        assertThat(post(baseUrl() + "/webhooks/evolution/" + secret.value(), "[1,2]", null).statusCode()).isEqualTo(400);
        assertThat(status(id)).isEqualTo("SENT");
    }

    @Test
    void evolutionErrorAckFailsTheMessageAndConnectionUpdatesAreAccepted() throws Exception {
        long id = sentMessage("EVO-ERROR");
        String url = baseUrl() + "/webhooks/evolution/" + secret.value();

        assertThat(post(url, evolutionUpdate("EVO-ERROR", "ERROR"), null).statusCode()).isEqualTo(200);
        assertThat(post(url, """
                {"event":"connection.update","instance":"bot-cliente-manager",
                 "data":{"instance":"bot-cliente-manager","state":"open","statusReason":200},
                 "date_time":"2026-11-27T10:00:00.000Z","apikey":"redacted"}""", null).statusCode()).isEqualTo(200);

        assertThat(status(id)).isEqualTo("FAILED");
    }

    @Test
    void cloudVerificationEchoesTheChallengeOnlyForTheRightToken() throws Exception {
        HttpResponse<String> ok = get("/webhooks/cloud?hub.mode=subscribe&hub.verify_token=" + VERIFY_TOKEN
                + "&hub.challenge=1158201444");
        HttpResponse<String> wrong = get("/webhooks/cloud?hub.mode=subscribe&hub.verify_token=nope&hub.challenge=1");
        HttpResponse<String> missing = get("/webhooks/cloud?hub.challenge=1");

        assertThat(ok.statusCode()).isEqualTo(200);
        assertThat(ok.body()).isEqualTo("1158201444");
        assertThat(wrong.statusCode()).isEqualTo(403);
        assertThat(missing.statusCode()).isEqualTo(403);
    }

    @Test
    void cloudSignedStatusesAreRecordedAndRepeatsIgnored() throws Exception {
        long id = sentMessage("wamid.SIGNED");
        String body = cloudStatus("wamid.SIGNED", "delivered", "");

        assertThat(post(baseUrl() + "/webhooks/cloud", body, sign(body)).statusCode()).isEqualTo(200);
        assertThat(post(baseUrl() + "/webhooks/cloud", body, sign(body)).statusCode()).isEqualTo(200);

        assertThat(status(id)).isEqualTo("DELIVERED");
        assertThat(history(id)).containsExactly("SENT", "DELIVERED");
    }

    @Test
    void cloudFailedStatusKeepsTheReason() throws Exception {
        long id = sentMessage("wamid.FAILED");
        String body = cloudStatus("wamid.FAILED", "failed", """
                ,"errors":[{"code":131026,"title":"Message undeliverable","message":"Message undeliverable",
                 "error_data":{"details":"Message Undeliverable."}}]""");

        assertThat(post(baseUrl() + "/webhooks/cloud", body, sign(body)).statusCode()).isEqualTo(200);

        assertThat(status(id)).isEqualTo("FAILED");
        assertThat(jdbc.sql("SELECT reason FROM wa_message WHERE id = ?").param(id).query(String.class).single())
                .startsWith("whatsapp.reason.undeliverable");
    }

    @Test
    void cloudRejectsAWrongOrMissingSignatureWithoutTouchingTheRow() throws Exception {
        long id = sentMessage("wamid.UNSIGNED");
        String body = cloudStatus("wamid.UNSIGNED", "read", "");
        String signatureOfAnotherBody = sign(body.replace("read", "sent"));

        assertThat(post(baseUrl() + "/webhooks/cloud", body, null).statusCode()).isEqualTo(401);
        assertThat(post(baseUrl() + "/webhooks/cloud", body, signatureOfAnotherBody).statusCode()).isEqualTo(401);
        assertThat(post(baseUrl() + "/webhooks/cloud", body, "sha256=zz").statusCode()).isEqualTo(401);
        assertThat(post(baseUrl() + "/webhooks/cloud", body, "sha1=" + sign(body).substring(7)).statusCode())
                .isEqualTo(401);

        assertThat(status(id)).isEqualTo("SENT");
    }

    @Test
    void cloudSignedButMalformedJsonIsA400() throws Exception {
        String body = "{\"object\":\"whatsapp_business_account\",\"entry\":[";

        assertThat(post(baseUrl() + "/webhooks/cloud", body, sign(body)).statusCode()).isEqualTo(400);
    }

    @Test
    void theDailyLogCleanUpIsScheduledInJobRunr() {
        assertThat(jdbc.sql("SELECT COUNT(*) FROM jobrunr_recurring_jobs WHERE id = 'whatsapp-message-log-retention'")
                .query(Integer.class).single()).isEqualTo(1);
    }

    private long sentMessage(String providerId) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        jdbc.sql("INSERT INTO wa_message (client_id, client_name, phone, kind, body, provider, provider_message_id, "
                        + "status, attempts, created_at, updated_at) VALUES ('c1', 'Maria Santos', '5511912345678', "
                        + "'before_due', 'Oi', 'EVOLUTION', ?, 'SENT', 1, ?, ?)")
                .params(providerId, now, now).update();
        long id = jdbc.sql("SELECT id FROM wa_message WHERE provider_message_id = ?").param(providerId)
                .query(Long.class).single();
        jdbc.sql("INSERT INTO wa_message_status (message_id, status, changed_at) VALUES (?, 'SENT', ?)")
                .params(id, now).update();
        return id;
    }

    private String status(long id) {
        return jdbc.sql("SELECT status FROM wa_message WHERE id = ?").param(id).query(String.class).single();
    }

    private List<String> history(long id) {
        return jdbc.sql("SELECT status FROM wa_message_status WHERE message_id = ? ORDER BY id").param(id)
                .query(String.class).list();
    }

    private static String evolutionUpdate(String keyId, String status) {
        return """
                {"event":"messages.update","instance":"bot-cliente-manager",
                 "data":{"keyId":"%s","remoteJid":"5511912345678@s.whatsapp.net","fromMe":true,"participant":null,
                  "status":"%s","instanceId":"4f0d1c2e-7b9a-4c3e-9d1a-2b6f0e8a9c10","messageId":"cm3x0y1z20000"},
                 "destination":"http://localhost/webhooks/evolution/x","date_time":"2026-11-27T10:00:00.000Z",
                 "sender":"5511999990000@s.whatsapp.net","server_url":"http://localhost:8080","apikey":"redacted"}"""
                .formatted(keyId, status);
    }

    private static String cloudStatus(String wamid, String status, String extra) {
        return """
                {"object":"whatsapp_business_account","entry":[{"id":"102290129340398","changes":[{"value":{
                 "messaging_product":"whatsapp","metadata":{"display_phone_number":"15550783881",
                 "phone_number_id":"106540352242922"},"statuses":[{"id":"%s","status":"%s","timestamp":"1750263773",
                 "recipient_id":"5511912345678"%s}]},"field":"messages"}]}]}""".formatted(wamid, status, extra);
    }

    private static String sign(String body) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(APP_SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
    }

    private HttpResponse<String> post(String url, String body, String signature) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (signature != null) {
            request.header("X-Hub-Signature-256", signature);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String pathAndQuery) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(baseUrl() + pathAndQuery)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
