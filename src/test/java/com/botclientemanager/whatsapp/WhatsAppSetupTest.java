package com.botclientemanager.whatsapp;

import static org.assertj.core.api.Assertions.assertThat;

import com.botclientemanager.storage.DataDirectory;
import com.botclientemanager.testing.StandIns;
import com.botclientemanager.whatsapp.internal.ConnectionFile;
import com.botclientemanager.whatsapp.internal.EvolutionWebhookSecret;
import com.botclientemanager.whatsapp.internal.SwitchableGateway;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Connecting WhatsApp from the page on a running app started in test mode: saving Evolution switches the running
 * gateway (a test message reaches the stand-in, Evolution's webhook answers) with no restart; the secrets go to an
 * owner-only file and never to the log; a value set in the environment wins over the page.
 */
@ExtendWith(OutputCaptureExtension.class)
class WhatsAppSetupTest extends SeparateAppTest {

    private static final MockWebServer EVOLUTION = StandIns.started();
    private static final String API_KEY = "evo-key-7f3a9c1e5b";
    private static final String ENV_VERIFY_TOKEN = "verify-token-from-the-environment";

    @Autowired
    private WhatsAppSetup setup;
    @Autowired
    private WhatsAppConnection connection;
    @Autowired
    private EvolutionWebhookSecret webhookSecret;
    @Autowired
    private DataDirectory dataDirectory;
    @Autowired
    private ConnectionFile file;
    @Autowired
    private SwitchableGateway gateway;

    @DynamicPropertySource
    static void environment(DynamicPropertyRegistry registry) {
        registry.add("app.whatsapp.cloud.verify-token", () -> ENV_VERIFY_TOKEN);
    }

    @BeforeEach
    void startInTestMode() {
        file.write(ConnectionSettings.empty());
        gateway.switchTo(ConnectionSettings.empty());
    }

    @AfterAll
    static void stopStandIn() {
        EVOLUTION.close();
    }

    @Test
    void savingEvolutionSwitchesTheRunningAppWithoutARestart(CapturedOutput output) throws Exception {
        assertThat(connection.provider()).isEqualTo(Provider.OUTBOX);
        assertThat(postEvolutionWebhook()).isEqualTo(404);

        assertThat(setup.save(ConnectionSettings.of(Map.of(ConnectionField.PROVIDER, "evolution",
                ConnectionField.EVOLUTION_URL, EVOLUTION.url("/").toString(),
                ConnectionField.EVOLUTION_API_KEY, API_KEY,
                ConnectionField.EVOLUTION_INSTANCE, "loja")))).isEmpty();

        assertThat(connection.provider()).isEqualTo(Provider.EVOLUTION);
        EVOLUTION.enqueue(json(201, "{\"key\":{\"id\":\"KEY-1\"},\"status\":\"PENDING\"}"));
        assertThat(connection.sendTest("5511912345678", "Oi").outcome()).isEqualTo(SendOutcome.SENT);
        RecordedRequest sent = EVOLUTION.takeRequest(5, TimeUnit.SECONDS);
        assertThat(sent.getUrl().encodedPath()).isEqualTo("/message/sendText/loja");
        assertThat(sent.getHeaders().get("apikey")).isEqualTo(API_KEY);
        assertThat(postEvolutionWebhook()).isEqualTo(200);

        EVOLUTION.enqueue(json(404, "{\"status\":404,\"error\":\"Not Found\",\"response\":{\"message\":"
                + "[\"The \\\"loja\\\" instance does not exist\"]}}"));
        EVOLUTION.enqueue(json(201, "{\"instance\":{\"instanceName\":\"loja\",\"status\":\"created\"}}"));
        EVOLUTION.enqueue(json(201, "{\"webhook\":{\"enabled\":true}}"));
        ConnectionCheck prepared = setup.prepareEvolution("https://painel.example");
        assertThat(prepared.messageKey()).isEqualTo("whatsapp.setup.evolution.webhook-set");
        EVOLUTION.takeRequest(5, TimeUnit.SECONDS);
        assertThat(EVOLUTION.takeRequest(5, TimeUnit.SECONDS).getUrl().encodedPath()).isEqualTo("/instance/create");
        RecordedRequest webhook = EVOLUTION.takeRequest(5, TimeUnit.SECONDS);
        assertThat(webhook.getUrl().encodedPath()).isEqualTo("/webhook/set/loja");
        assertThat(webhook.getBody().utf8()).contains(
                "\"url\":\"https://painel.example/webhooks/evolution/" + webhookSecret.value() + "\"",
                "\"X-Webhook-Secret\":\"" + webhookSecret.value() + "\"");

        Path file = dataDir().resolve("whatsapp-connection.json");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(Files.readString(file)).contains(API_KEY);
        assertThat(setup.form().values().values()).doesNotContainValue(API_KEY);
        assertThat(setup.form().secretsSet()).contains(ConnectionField.EVOLUTION_API_KEY);
        assertThat(output.getAll()).doesNotContain(API_KEY);
    }

    @Test
    void aValueFromTheEnvironmentWinsOverThePageAndIsNotStored() throws Exception {
        assertThat(setup.form().fromEnvironment()).containsExactly(ConnectionField.CLOUD_VERIFY_TOKEN);

        assertThat(setup.save(ConnectionSettings.of(Map.of(ConnectionField.PROVIDER, "cloud",
                ConnectionField.CLOUD_PHONE_NUMBER_ID, "123456789012345",
                ConnectionField.CLOUD_ACCESS_TOKEN, "EAAG-access-token",
                ConnectionField.CLOUD_APP_SECRET, "app-secret-typed-on-the-page",
                ConnectionField.CLOUD_VERIFY_TOKEN, "typed-on-the-page-0123456789")))).isEmpty();

        assertThat(connection.provider()).isEqualTo(Provider.CLOUD);
        assertThat(verifyCloudWebhook(ENV_VERIFY_TOKEN)).isEqualTo(200);
        assertThat(verifyCloudWebhook("typed-on-the-page-0123456789")).isEqualTo(403);
        assertThat(Files.readString(dataDir().resolve("whatsapp-connection.json")))
                .doesNotContain("typed-on-the-page-0123456789", ENV_VERIFY_TOKEN).contains("app-secret-typed-on-the-page");
        assertThat(postEvolutionWebhook()).isEqualTo(404);
    }

    private Path dataDir() {
        return dataDirectory.root();
    }

    private int postEvolutionWebhook() throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/webhooks/evolution/" + webhookSecret.value()))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"event\":\"connection.update\",\"data\":{\"state\":\"open\"}}"))
                .build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private int verifyCloudWebhook(String token) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                        + "/webhooks/cloud?hub.mode=subscribe&hub.challenge=42&hub.verify_token=" + token)).GET().build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private static MockResponse json(int code, String body) {
        return new MockResponse.Builder().code(code).addHeader("Content-Type", "application/json").body(body).build();
    }
}
