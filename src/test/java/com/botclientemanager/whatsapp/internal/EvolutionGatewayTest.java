package com.botclientemanager.whatsapp.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.botclientemanager.whatsapp.ConnectionStatus.ConnectionState;
import com.botclientemanager.whatsapp.GatewayResult;
import com.botclientemanager.whatsapp.GatewayResult.FailureCause;
import com.botclientemanager.whatsapp.GatewayResult.Kind;
import com.botclientemanager.whatsapp.Pairing;
import com.botclientemanager.whatsapp.WhatsAppProperties;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The Evolution API v2 adapter against a MockWebServer answering with Evolution's documented payloads. */
class EvolutionGatewayTest {

    static final String SENT = """
            {"key":{"remoteJid":"5511912345678@s.whatsapp.net","fromMe":true,"id":"BAE5F5A632EAE722"},
             "pushName":"","status":"PENDING","message":{"conversation":"Oi"},"messageType":"conversation",
             "messageTimestamp":1717689097,"instanceId":"4f0d1c2e","source":"unknown"}""";
    static final String NOT_ON_WHATSAPP = """
            {"status":400,"error":"Bad Request","response":{"message":[
             {"jid":"5511900000000@s.whatsapp.net","exists":false,"number":"5511900000000"}]}}""";
    static final String UNAUTHORIZED = """
            {"status":401,"error":"Unauthorized","response":{"message":"Unauthorized"}}""";
    static final String PAIRING_CODE = "2@y8eK+bjtEjUWy9/FOM5HH8Ta2D7R0fE2Ih3eYhqzLBfA1Xq0hCpxT4lD1ydOy5K3Gdgsv6ojpD1J,"
            + "hHD1Ek6f0Tz7CmT1Uv2uG5kWbBE3hLqZc2bTtX1Y0mE=,nFZt3f5j0wYk6bq4U2JmXw==,Q0yPqj0c8nK8b1qA3tQ6r1d3Gv4r8Wk=";

    private final MockWebServer server = new MockWebServer();
    private final Clock clock = Clock.fixed(Instant.parse("2026-11-27T12:00:00Z"), ZoneOffset.UTC);
    private EvolutionGateway gateway;

    @BeforeEach
    void start() throws Exception {
        server.start();
        gateway = new EvolutionGateway(HttpSupport.client(Duration.ofSeconds(2), Duration.ofMillis(500)),
                new WhatsAppProperties.Evolution(URI.create(server.url("/evo/").toString()), "the-api-key", "shop"), clock);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void sendTextPostsNumberAndTextWithTheApiKeyAndReturnsTheKeyId() throws Exception {
        server.enqueue(json(201, SENT));

        GatewayResult result = gateway.sendText("5511912345678", "Oi, Maria!");

        assertThat(result.kind()).isEqualTo(Kind.ACCEPTED);
        assertThat(result.providerMessageId()).isEqualTo("BAE5F5A632EAE722");
        RecordedRequest request = server.takeRequest();
        assertThat(request.getMethod()).isEqualTo("POST");
        assertThat(request.getUrl().encodedPath()).isEqualTo("/evo/message/sendText/shop");
        assertThat(request.getHeaders().get("apikey")).isEqualTo("the-api-key");
        JsonNode body = HttpSupport.MAPPER.readTree(request.getBody().utf8());
        assertThat(body.path("number").asString()).isEqualTo("5511912345678");
        assertThat(body.path("text").asString()).isEqualTo("Oi, Maria!");
    }

    @Test
    void badRequestWithExistsFalseMeansNotOnWhatsAppAndIsPermanent() {
        server.enqueue(json(400, NOT_ON_WHATSAPP));

        GatewayResult result = gateway.sendText("5511900000000", "Oi");

        assertThat(result.kind()).isEqualTo(Kind.PERMANENT_FAILURE);
        assertThat(result.cause()).isEqualTo(FailureCause.NOT_ON_WHATSAPP);
    }

    @Test
    void otherBadRequestIsRejectedNotNotOnWhatsApp() {
        server.enqueue(json(400, """
                {"status":400,"error":"Bad Request","response":{"message":["number is required"]}}"""));

        GatewayResult result = gateway.sendText("5511912345678", "Oi");

        assertThat(result.kind()).isEqualTo(Kind.PERMANENT_FAILURE);
        assertThat(result.cause()).isEqualTo(FailureCause.REJECTED);
        assertThat(result.detail()).contains("number is required");
    }

    @Test
    void unauthorizedIsAPermanentConfigurationError() {
        server.enqueue(json(401, UNAUTHORIZED));

        GatewayResult result = gateway.sendText("5511912345678", "Oi");

        assertThat(result.kind()).isEqualTo(Kind.PERMANENT_FAILURE);
        assertThat(result.cause()).isEqualTo(FailureCause.INVALID_CREDENTIALS);
        assertThat(String.valueOf(result)).doesNotContain("the-api-key");
    }

    @Test
    void tooManyRequestsIsTransientWithRetryAfterInSecondsOrAsADate() {
        server.enqueue(new MockResponse.Builder().code(429).addHeader("Retry-After", "120").build());
        server.enqueue(new MockResponse.Builder().code(429).addHeader("Retry-After", "Fri, 27 Nov 2026 12:05:00 GMT").build());

        GatewayResult seconds = gateway.sendText("5511912345678", "Oi");
        GatewayResult date = gateway.sendText("5511912345678", "Oi");

        assertThat(seconds.kind()).isEqualTo(Kind.TRANSIENT_FAILURE);
        assertThat(seconds.cause()).isEqualTo(FailureCause.RATE_LIMITED);
        assertThat(seconds.retryAfter()).isEqualTo(Duration.ofSeconds(120));
        assertThat(date.retryAfter()).isEqualTo(Duration.ofMinutes(5));
    }

    @Test
    void serverErrorsAndTimeoutsAreTransient() {
        server.enqueue(json(500, "{\"status\":500,\"error\":\"Internal Server Error\"}"));
        server.enqueue(new MockResponse.Builder().code(201).body(SENT).headersDelay(2, TimeUnit.SECONDS).build());

        GatewayResult serverError = gateway.sendText("5511912345678", "Oi");
        GatewayResult timeout = gateway.sendText("5511912345678", "Oi");

        assertThat(serverError.kind()).isEqualTo(Kind.TRANSIENT_FAILURE);
        assertThat(serverError.cause()).isEqualTo(FailureCause.UNAVAILABLE);
        assertThat(timeout.kind()).isEqualTo(Kind.TRANSIENT_FAILURE);
        assertThat(timeout.cause()).isEqualTo(FailureCause.UNAVAILABLE);
    }

    @Test
    void malformedJsonOnAcceptanceStillCountsAsSentSoItIsNotDuplicated() {
        server.enqueue(json(201, "{not json"));

        GatewayResult result = gateway.sendText("5511912345678", "Oi");

        assertThat(result.kind()).isEqualTo(Kind.ACCEPTED);
        assertThat(result.providerMessageId()).isNull();
    }

    @Test
    void malformedJsonOnAnErrorIsStillClassifiedByStatus() {
        server.enqueue(json(400, "<html>bad gateway config</html>"));
        server.enqueue(json(503, "<html>down</html>"));

        assertThat(gateway.sendText("5511912345678", "Oi").cause()).isEqualTo(FailureCause.REJECTED);
        assertThat(gateway.sendText("5511912345678", "Oi").kind()).isEqualTo(Kind.TRANSIENT_FAILURE);
    }

    @Test
    void connectionStateMapsOpenConnectingAndClose() throws Exception {
        server.enqueue(json(200, "{\"instance\":{\"instanceName\":\"shop\",\"state\":\"open\"}}"));
        server.enqueue(json(200, "{\"instance\":{\"instanceName\":\"shop\",\"state\":\"connecting\"}}"));
        server.enqueue(json(200, "{\"instance\":{\"instanceName\":\"shop\",\"state\":\"close\"}}"));
        server.enqueue(json(401, UNAUTHORIZED));

        assertThat(gateway.connectionStatus().state()).isEqualTo(ConnectionState.CONNECTED);
        assertThat(gateway.connectionStatus().state()).isEqualTo(ConnectionState.WAITING_FOR_QR);
        assertThat(gateway.connectionStatus().state()).isEqualTo(ConnectionState.DISCONNECTED);
        assertThat(gateway.connectionStatus().detail()).isEqualTo("whatsapp.reason.invalid-credentials");
        assertThat(server.takeRequest().getUrl().encodedPath()).isEqualTo("/evo/instance/connectionState/shop");
    }

    @Test
    void pairingCreatesTheMissingInstanceThenReturnsTheQrCode() throws Exception {
        server.enqueue(json(404, "{\"status\":404,\"error\":\"Not Found\",\"response\":{\"message\":"
                + "[\"The \\\"shop\\\" instance does not exist\"]}}"));
        server.enqueue(json(201, "{\"instance\":{\"instanceName\":\"shop\",\"status\":\"created\"},"
                + "\"hash\":\"abc\",\"qrcode\":{}}"));
        server.enqueue(json(200, "{\"pairingCode\":\"WZYEH1YY\",\"code\":\"" + PAIRING_CODE
                + "\",\"base64\":\"data:image/png;base64,iVBORw0KGgo=\",\"count\":1}"));

        Pairing pairing = gateway.pair();

        assertThat(pairing.connected()).isFalse();
        assertThat(pairing.qrCode()).isEqualTo(PAIRING_CODE);
        assertThat(pairing.pairingCode()).isEqualTo("WZYEH1YY");
        assertThat(server.takeRequest().getUrl().encodedPath()).isEqualTo("/evo/instance/connect/shop");
        RecordedRequest create = server.takeRequest();
        assertThat(create.getUrl().encodedPath()).isEqualTo("/evo/instance/create");
        JsonNode body = HttpSupport.MAPPER.readTree(create.getBody().utf8());
        assertThat(body.path("instanceName").asString()).isEqualTo("shop");
        assertThat(body.path("qrcode").asBoolean()).isTrue();
        assertThat(body.path("integration").asString()).isEqualTo("WHATSAPP-BAILEYS");
    }

    @Test
    void pairingWhenAlreadyOpenSaysConnected() {
        server.enqueue(json(200, "{\"instance\":{\"instanceName\":\"shop\",\"state\":\"open\"}}"));

        assertThat(gateway.pair().connected()).isTrue();
    }

    @Test
    void disconnectLogsTheInstanceOut() throws Exception {
        server.enqueue(json(200, "{\"status\":\"SUCCESS\",\"error\":false,\"response\":{\"message\":\"Instance logged out\"}}"));

        gateway.disconnect();

        RecordedRequest request = server.takeRequest();
        assertThat(request.getMethod()).isEqualTo("DELETE");
        assertThat(request.getUrl().encodedPath()).isEqualTo("/evo/instance/logout/shop");
    }

    static MockResponse json(int code, String body) {
        return new MockResponse.Builder().code(code).addHeader("Content-Type", "application/json").body(body).build();
    }
}
