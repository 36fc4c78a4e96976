package com.botclientemanager.whatsapp.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.botclientemanager.testing.RunningAppTest;
import com.botclientemanager.whatsapp.ConnectionCheck;
import com.botclientemanager.whatsapp.WhatsAppProperties;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * "Testar conexão" and the Evolution set-up against MockWebServer stand-ins speaking Evolution API v2 and the Graph
 * API: each problem gets its own precise message, a missing instance is created, the webhook is registered.
 */
class ConnectionTesterTest {

    private static final String INSTANCE_MISSING = """
            {"status":404,"error":"Not Found","response":{"message":["The \\"shop\\" instance does not exist"]}}""";
    private static final String UNAUTHORIZED = """
            {"status":401,"error":"Unauthorized","response":{"message":"Unauthorized"}}""";

    private final MockWebServer server = new MockWebServer();
    private final OkHttpClient http = HttpSupport.client(Duration.ofSeconds(2), Duration.ofMillis(800));

    @BeforeEach
    void start() throws Exception {
        server.start();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private WhatsAppProperties.Evolution evolution(String apiKey) {
        return new WhatsAppProperties.Evolution(URI.create(server.url("/").toString()), apiKey, "shop");
    }

    private WhatsAppProperties.Cloud cloud() {
        return new WhatsAppProperties.Cloud(URI.create(server.url("/v23.0").toString()), "123456789012345",
                "EAAG-token", "app-secret", "verify-token-0123456789");
    }

    @Test
    void aWrongEvolutionKeyIsNamedAsSuch() throws Exception {
        server.enqueue(json(401, UNAUTHORIZED));

        ConnectionCheck check = ConnectionTester.evolution(http, evolution("wrong-key"));

        assertThat(check).isEqualTo(ConnectionCheck.problem("whatsapp.setup.check.wrong-key", "401"));
        RecordedRequest request = server.takeRequest(1, TimeUnit.SECONDS);
        assertThat(request.getUrl().encodedPath()).isEqualTo("/instance/connectionState/shop");
        assertThat(request.getHeaders().get("apikey")).isEqualTo("wrong-key");
    }

    @Test
    void anExistingInstanceIsReportedWithItsState() {
        server.enqueue(json(200, "{\"instance\":{\"instanceName\":\"shop\",\"state\":\"close\"}}"));

        assertThat(ConnectionTester.evolution(http, evolution("key")))
                .isEqualTo(ConnectionCheck.ok("whatsapp.setup.check.evolution-ok", "shop", "close"));
    }

    @Test
    void aServerThatIsNotEvolutionIsNotTakenForOne() {
        server.enqueue(json(404, "<html>nginx</html>"));

        assertThat(ConnectionTester.evolution(http, evolution("key")).messageKey())
                .isEqualTo("whatsapp.setup.check.not-evolution");
    }

    @Test
    void anUnreachableHostIsNamedWithItsAddress() {
        int closed = RunningAppTest.freePort();
        WhatsAppProperties.Evolution nowhere = new WhatsAppProperties.Evolution(
                URI.create("http://127.0.0.1:" + closed + "/"), "key", "shop");

        assertThat(ConnectionTester.evolution(http, nowhere))
                .isEqualTo(ConnectionCheck.problem("whatsapp.setup.check.refused", "127.0.0.1:" + closed));
    }

    @Test
    void aGatewayThatNeverAnswersIsATimeout() {
        server.enqueue(new MockResponse.Builder().bodyDelay(3, TimeUnit.SECONDS).body("{}").build());

        assertThat(ConnectionTester.evolution(http, evolution("key")).messageKey())
                .isEqualTo("whatsapp.setup.check.timeout");
    }

    @Test
    void aMissingInstanceIsCreatedWithBaileysAndAQrCode() throws Exception {
        server.enqueue(json(404, INSTANCE_MISSING));
        server.enqueue(json(201, "{\"instance\":{\"instanceName\":\"shop\",\"status\":\"created\"},\"hash\":\"x\"}"));

        ConnectionCheck check = new EvolutionSetup(http, evolution("key")).ensureInstance();

        assertThat(check).isEqualTo(ConnectionCheck.ok("whatsapp.setup.evolution.created", "shop"));
        server.takeRequest(1, TimeUnit.SECONDS);
        RecordedRequest create = server.takeRequest(1, TimeUnit.SECONDS);
        assertThat(create.getMethod() + " " + create.getUrl().encodedPath()).isEqualTo("POST /instance/create");
        JsonNode body = HttpSupport.MAPPER.readTree(create.getBody().utf8());
        assertThat(body.path("instanceName").asString()).isEqualTo("shop");
        assertThat(body.path("integration").asString()).isEqualTo("WHATSAPP-BAILEYS");
        assertThat(body.path("qrcode").asBoolean()).isTrue();
        assertThat(create.getHeaders().get("apikey")).isEqualTo("key");
    }

    @Test
    void theWebhookIsRegisteredWithItsEventsAndTheSecretInAHeader() throws Exception {
        server.enqueue(json(201, "{\"webhook\":{\"enabled\":true}}"));

        ConnectionCheck check = new EvolutionSetup(http, evolution("key"))
                .registerWebhook("https://app.example/webhooks/evolution/s3cret", "s3cret");

        assertThat(check.ok()).isTrue();
        RecordedRequest request = server.takeRequest(1, TimeUnit.SECONDS);
        assertThat(request.getMethod() + " " + request.getUrl().encodedPath()).isEqualTo("POST /webhook/set/shop");
        JsonNode webhook = HttpSupport.MAPPER.readTree(request.getBody().utf8()).path("webhook");
        assertThat(webhook.path("enabled").asBoolean()).isTrue();
        assertThat(webhook.path("url").asString()).isEqualTo("https://app.example/webhooks/evolution/s3cret");
        assertThat(webhook.path("headers").path("X-Webhook-Secret").asString()).isEqualTo("s3cret");
        assertThat(webhook.path("byEvents").asBoolean()).isFalse();
        assertThat(webhook.path("events").valueStream().map(JsonNode::asString))
                .containsExactlyInAnyOrder("MESSAGES_UPDATE", "MESSAGES_UPSERT", "SEND_MESSAGE", "CONNECTION_UPDATE");
    }

    @Test
    void anInvalidCloudTokenIsNamedAsSuch() throws Exception {
        server.enqueue(json(401, """
                {"error":{"message":"Invalid OAuth access token - Cannot parse access token","type":"OAuthException",
                 "code":190,"fbtrace_id":"A1"}}"""));

        assertThat(ConnectionTester.cloud(http, cloud()))
                .isEqualTo(ConnectionCheck.problem("whatsapp.setup.check.token-invalid"));
        RecordedRequest request = server.takeRequest(1, TimeUnit.SECONDS);
        assertThat(request.getUrl().encodedPath()).isEqualTo("/v23.0/123456789012345");
        assertThat(request.getHeaders().get("Authorization")).isEqualTo("Bearer EAAG-token");
    }

    @Test
    void anExpiredCloudTokenIsNamedAsSuch() {
        server.enqueue(json(400, """
                {"error":{"message":"Error validating access token: Session has expired","type":"OAuthException",
                 "code":190,"error_subcode":463,"fbtrace_id":"A2"}}"""));

        assertThat(ConnectionTester.cloud(http, cloud()).messageKey()).isEqualTo("whatsapp.setup.check.token-expired");
    }

    @Test
    void anUnknownPhoneNumberIdIsNamed() {
        server.enqueue(json(400, """
                {"error":{"message":"Unsupported get request. Object with ID '123456789012345' does not exist",
                 "type":"GraphMethodException","code":100,"error_subcode":33,"fbtrace_id":"A3"}}"""));

        assertThat(ConnectionTester.cloud(http, cloud()))
                .isEqualTo(ConnectionCheck.problem("whatsapp.setup.check.phone-number-id", "123456789012345"));
    }

    @Test
    void aTokenWithoutTheMessagingPermissionIsNamed() throws Exception {
        server.enqueue(json(200, "{\"display_phone_number\":\"+55 11 4000-0000\",\"id\":\"123456789012345\"}"));
        server.enqueue(json(200, """
                {"data":{"app_id":"1","type":"SYSTEM_USER","is_valid":true,
                 "scopes":["whatsapp_business_management","public_profile"]}}"""));

        assertThat(ConnectionTester.cloud(http, cloud())).isEqualTo(
                ConnectionCheck.problem("whatsapp.setup.check.missing-scope", "whatsapp_business_messaging"));
        server.takeRequest(1, TimeUnit.SECONDS);
        RecordedRequest debug = server.takeRequest(1, TimeUnit.SECONDS);
        assertThat(debug.getUrl().encodedPath()).isEqualTo("/v23.0/debug_token");
        assertThat(debug.getUrl().queryParameter("input_token")).isEqualTo("EAAG-token");
    }

    @Test
    void aGoodCloudSetUpNamesTheNumber() {
        server.enqueue(json(200, "{\"display_phone_number\":\"+55 11 4000-0000\",\"id\":\"123456789012345\"}"));
        server.enqueue(json(200, """
                {"data":{"app_id":"1","is_valid":true,"scopes":["whatsapp_business_messaging","whatsapp_business_management"]}}"""));

        assertThat(ConnectionTester.cloud(http, cloud()))
                .isEqualTo(ConnectionCheck.ok("whatsapp.setup.check.cloud-ok", "+55 11 4000-0000"));
    }

    private static MockResponse json(int code, String body) {
        return new MockResponse.Builder().code(code).addHeader("Content-Type", "application/json").body(body).build();
    }
}
