package com.botclientemanager.whatsapp.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.botclientemanager.testing.PooledConnections;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Evolution API's webhook on the running app with Evolution as the provider, without a login: the secret URL, status
 * reports as a real gateway sends them (2-3 per message, repeated, unknown ids) by the thousand, malformed and hostile
 * bodies. The Cloud webhook stays closed meanwhile.
 */
class EvolutionWebhooksTest extends WebhookTestSupport {

    @Autowired
    private EvolutionWebhookSecret secret;
    @Autowired
    private DataSource dataSource;

    @DynamicPropertySource
    static void evolution(DynamicPropertyRegistry registry) {
        registry.add("app.whatsapp.provider", () -> "evolution");
        registry.add("app.whatsapp.evolution.url", () -> "http://127.0.0.1:9");
        registry.add("app.whatsapp.evolution.api-key", () -> "evolution-api-key");
        registry.add("app.whatsapp.webhook-max-body", () -> "256KB");
        // a leaked connection shows in seconds, not after Hikari's 30 s wait
        registry.add("spring.datasource.hikari.connection-timeout", () -> "2000");
    }

    @Test
    void reportsMoveTheMessageForwardAndRepeatsChangeNothing() throws Exception {
        long id = sentMessage("BAE5F5A632EAE722");
        String url = webhookUrl();

        assertThat(post(url, update("BAE5F5A632EAE722", "DELIVERY_ACK"), Map.of()).statusCode()).isEqualTo(200);
        assertThat(post(url, update("BAE5F5A632EAE722", "DELIVERY_ACK"), Map.of()).statusCode()).isEqualTo(200);
        assertThat(status(id)).isEqualTo("DELIVERED");
        assertThat(post(url + "/messages-update", update("BAE5F5A632EAE722", "READ"), Map.of()).statusCode())
                .isEqualTo(200);
        assertThat(post(url, update("BAE5F5A632EAE722", "DELIVERY_ACK"), Map.of()).statusCode()).isEqualTo(200);

        assertThat(status(id)).isEqualTo("READ");
        assertThat(history(id)).containsExactly("SENT", "DELIVERED", "READ");
    }

    @Test
    void aThousandReportsLikeAGatewaySendsThemKeepTheAppServing() throws Exception {
        int messages = 300;
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < messages; i++) {
            ids.add(sentMessage("FLOOD-" + i));
        }
        List<String> reports = new ArrayList<>();
        for (int i = 0; i < messages; i++) {
            reports.add(update("FLOOD-" + i, "SERVER_ACK"));
            reports.add(update("FLOOD-" + i, "DELIVERY_ACK"));
            reports.add(update("FLOOD-" + i, "READ"));
            if (i % 3 == 0) {
                reports.add(update("FLOOD-" + i, "DELIVERY_ACK"));
                reports.add(update("NEVER-SENT-" + i, "DELIVERY_ACK"));
            }
        }

        List<Integer> answers = new ArrayList<>();
        try (ExecutorService callers = Executors.newFixedThreadPool(4)) {
            List<Future<HttpResponse<String>>> calls = new ArrayList<>();
            for (String report : reports) {
                calls.add(callers.submit(() -> post(webhookUrl(), report, Map.of())));
            }
            for (Future<HttpResponse<String>> call : calls) {
                answers.add(call.get().statusCode());
            }
        }

        assertThat(reports).hasSizeGreaterThan(1000);
        assertThat(answers).containsOnly(200);
        assertThat(ids).allSatisfy(id -> assertThat(status(id)).as("message %d, history %s", id, history(id))
                .isEqualTo("READ"));
        PooledConnections.assertAllReturned(dataSource, Duration.ofSeconds(5));
        assertThat(get("/actuator/health").statusCode()).isEqualTo(200);
    }

    @Test
    void aWrongSecretGetsA404AndChangesNothing() throws Exception {
        long id = sentMessage("EVO-WRONG-SECRET");

        HttpResponse<String> response = post(baseUrl() + "/webhooks/evolution/not-the-secret",
                update("EVO-WRONG-SECRET", "READ"), Map.of());

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).doesNotContain("secret");
        assertThat(status(id)).isEqualTo("SENT");
    }

    @Test
    void malformedOrTooDeepJsonIsA400() throws Exception {
        long id = sentMessage("EVO-MALFORMED");

        assertThat(post(webhookUrl(), "{\"event\":\"messages.update\",", Map.of()).statusCode()).isEqualTo(400);
        assertThat(post(webhookUrl(), "[1,2]", Map.of()).statusCode()).isEqualTo(400);
        assertThat(post(webhookUrl(), "{\"event\":\"messages.update\",\"data\":" + "[".repeat(5000)
                + "]".repeat(5000) + "}", Map.of()).statusCode()).isEqualTo(400);
        assertThat(post(webhookUrl(), "{\"event\":\"messages.update\",\"data\":{\"keyId\":\"EVO-MALFORMED\","
                + "\"status\":\"READ\",\"n\":1" + "0".repeat(5000) + "}}", Map.of()).statusCode()).isEqualTo(400);
        assertThat(status(id)).isEqualTo("SENT");
    }

    @Test
    void aBodyOverTheLimitIsRefusedBeforeItIsRead() throws Exception {
        String path = "/webhooks/evolution/" + secret.value();

        assertThat(hugePost(path, Map.of(), 300L * 1024 * 1024, 4L * 1024 * 1024)).isEqualTo(413);
        assertThat(hugePost(path, Map.of(), -1, 64L * 1024 * 1024)).isEqualTo(413);
        assertThat(hugePost("/webhooks/evolution/not-the-secret", Map.of(), 300L * 1024 * 1024, 4L * 1024 * 1024))
                .isEqualTo(404);

        long id = sentMessage("EVO-AFTER-HUGE");
        assertThat(post(webhookUrl(), update("EVO-AFTER-HUGE", "READ"), Map.of()).statusCode()).isEqualTo(200);
        assertThat(status(id)).isEqualTo("READ");
    }

    @Test
    void errorAckFailsTheMessageAndConnectionUpdatesAreAccepted() throws Exception {
        long id = sentMessage("EVO-ERROR");

        assertThat(post(webhookUrl(), update("EVO-ERROR", "ERROR"), Map.of()).statusCode()).isEqualTo(200);
        assertThat(post(webhookUrl(), """
                {"event":"connection.update","instance":"bot-cliente-manager",
                 "data":{"instance":"bot-cliente-manager","state":"open","statusReason":200},
                 "date_time":"2026-11-27T10:00:00.000Z","apikey":"redacted"}""", Map.of()).statusCode()).isEqualTo(200);

        assertThat(status(id)).isEqualTo("FAILED");
    }

    @Test
    void theCloudWebhookIsClosedWhileEvolutionIsTheProvider() throws Exception {
        assertThat(get("/webhooks/cloud?hub.mode=subscribe&hub.verify_token=x&hub.challenge=1").statusCode())
                .isEqualTo(404);
        assertThat(post(baseUrl() + "/webhooks/cloud", "{}", Map.of("X-Hub-Signature-256", "sha256=00"))
                .statusCode()).isEqualTo(404);
    }

    private String webhookUrl() {
        return baseUrl() + "/webhooks/evolution/" + secret.value();
    }

    static String update(String keyId, String status) {
        return """
                {"event":"messages.update","instance":"bot-cliente-manager",
                 "data":{"keyId":"%s","remoteJid":"5511912345678@s.whatsapp.net","fromMe":true,"participant":null,
                  "status":"%s","instanceId":"4f0d1c2e-7b9a-4c3e-9d1a-2b6f0e8a9c10","messageId":"cm3x0y1z20000"},
                 "destination":"http://localhost/webhooks/evolution/x","date_time":"2026-11-27T10:00:00.000Z",
                 "sender":"5511999990000@s.whatsapp.net","server_url":"http://localhost:8080","apikey":"redacted"}"""
                .formatted(keyId, status);
    }
}
