package com.botclientemanager.whatsapp.internal;

import static com.botclientemanager.whatsapp.internal.EvolutionGatewayTest.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.botclientemanager.whatsapp.CloudTemplate;
import com.botclientemanager.whatsapp.ConnectionStatus.ConnectionState;
import com.botclientemanager.whatsapp.GatewayResult;
import com.botclientemanager.whatsapp.GatewayResult.FailureCause;
import com.botclientemanager.whatsapp.GatewayResult.Kind;
import com.botclientemanager.whatsapp.WhatsAppProperties;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The Cloud API adapter against a MockWebServer answering with Meta's documented payloads and error codes. */
class CloudGatewayTest {

    static final String WAMID = "wamid.HBgNNTUxMTkxMjM0NTY3OBUCABEYEjQ2QzE4RjJBMkMxQTRGQTk2AA==";
    static final String ACCEPTED = """
            {"messaging_product":"whatsapp","contacts":[{"input":"5511912345678","wa_id":"5511912345678"}],
             "messages":[{"id":"%s","message_status":"accepted"}]}""".formatted(WAMID);

    private final MockWebServer server = new MockWebServer();
    private CloudGateway gateway;

    @BeforeEach
    void start() throws Exception {
        server.start();
        gateway = new CloudGateway(HttpSupport.client(Duration.ofSeconds(2), Duration.ofMillis(500)),
                new WhatsAppProperties.Cloud(URI.create(server.url("/v23.0").toString()), "106540352242922",
                        "EAAG-token", "app-secret", "verify-me"), Clock.systemUTC());
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void textMessageIsPostedWithTheBearerTokenAndReturnsTheWamid() throws Exception {
        server.enqueue(json(200, ACCEPTED));

        GatewayResult result = gateway.sendText("5511912345678", "Oi, Maria!");

        assertThat(result.kind()).isEqualTo(Kind.ACCEPTED);
        assertThat(result.providerMessageId()).isEqualTo(WAMID);
        RecordedRequest request = server.takeRequest();
        assertThat(request.getUrl().encodedPath()).isEqualTo("/v23.0/106540352242922/messages");
        assertThat(request.getHeaders().get("Authorization")).isEqualTo("Bearer EAAG-token");
        JsonNode body = HttpSupport.MAPPER.readTree(request.getBody().utf8());
        assertThat(body.path("messaging_product").asString()).isEqualTo("whatsapp");
        assertThat(body.path("to").asString()).isEqualTo("5511912345678");
        assertThat(body.path("type").asString()).isEqualTo("text");
        assertThat(body.path("text").path("body").asString()).isEqualTo("Oi, Maria!");
    }

    @Test
    void templateMessageCarriesNameLanguageAndOrderedBodyParameters() throws Exception {
        server.enqueue(json(200, ACCEPTED));

        GatewayResult result = gateway.sendTemplate("5511912345678",
                new CloudTemplate("lembrete_vencimento", "pt_BR", List.of("Maria", "10/12/2026", "R$ 35,00")), "ignored");

        assertThat(result.kind()).isEqualTo(Kind.ACCEPTED);
        JsonNode body = HttpSupport.MAPPER.readTree(server.takeRequest().getBody().utf8());
        assertThat(body.path("type").asString()).isEqualTo("template");
        JsonNode template = body.path("template");
        assertThat(template.path("name").asString()).isEqualTo("lembrete_vencimento");
        assertThat(template.path("language").path("code").asString()).isEqualTo("pt_BR");
        JsonNode component = template.path("components").path(0);
        assertThat(component.path("type").asString()).isEqualTo("body");
        assertThat(component.path("parameters").path(0).path("text").asString()).isEqualTo("Maria");
        assertThat(component.path("parameters").path(2).path("text").asString()).isEqualTo("R$ 35,00");
        assertThat(component.path("parameters").path(1).path("type").asString()).isEqualTo("text");
    }

    @Test
    void invalidTokenIsAPermanentCredentialsFailure() {
        server.enqueue(json(401, error(190, "Error validating access token: Session has expired")));

        GatewayResult result = gateway.sendText("5511912345678", "Oi");

        assertThat(result.kind()).isEqualTo(Kind.PERMANENT_FAILURE);
        assertThat(result.cause()).isEqualTo(FailureCause.INVALID_CREDENTIALS);
        assertThat(String.valueOf(result)).doesNotContain("EAAG-token");
    }

    @Test
    void rateLimitCodesAreTransient() {
        for (int code : List.of(130429, 131056, 131048)) {
            server.enqueue(json(400, error(code, "Rate limit hit")));
            GatewayResult result = gateway.sendText("5511912345678", "Oi");
            assertThat(result.kind()).as("code %d", code).isEqualTo(Kind.TRANSIENT_FAILURE);
            assertThat(result.cause()).as("code %d", code).isEqualTo(FailureCause.RATE_LIMITED);
        }
    }

    @Test
    void http429UsesRetryAfter() {
        server.enqueue(new MockResponse.Builder().code(429).addHeader("Retry-After", "30")
                .body(error(130429, "Rate limit hit")).build());

        assertThat(gateway.sendText("5511912345678", "Oi").retryAfter()).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void undeliverableAndOutsideTheWindowArePermanentWithTheirOwnReasons() {
        server.enqueue(json(400, error(131026, "Message undeliverable")));
        server.enqueue(json(400, error(131047, "Re-engagement message")));

        GatewayResult undeliverable = gateway.sendText("5511912345678", "Oi");
        GatewayResult outside = gateway.sendText("5511912345678", "Oi");

        assertThat(undeliverable.kind()).isEqualTo(Kind.PERMANENT_FAILURE);
        assertThat(undeliverable.cause()).isEqualTo(FailureCause.UNDELIVERABLE);
        assertThat(outside.kind()).isEqualTo(Kind.PERMANENT_FAILURE);
        assertThat(outside.reasonKey()).isEqualTo("whatsapp.reason.outside-24h-window");
    }

    @Test
    void serverErrorsTimeoutsAndMalformedErrorsAreHandled() {
        server.enqueue(json(500, error(131000, "Something went wrong")));
        server.enqueue(new MockResponse.Builder().code(200).body(ACCEPTED).headersDelay(2, TimeUnit.SECONDS).build());
        server.enqueue(json(502, "<html>Bad gateway</html>"));
        server.enqueue(json(400, "not json at all"));

        assertThat(gateway.sendText("5511912345678", "Oi").kind()).isEqualTo(Kind.TRANSIENT_FAILURE);
        assertThat(gateway.sendText("5511912345678", "Oi").cause()).isEqualTo(FailureCause.UNAVAILABLE);
        assertThat(gateway.sendText("5511912345678", "Oi").kind()).isEqualTo(Kind.TRANSIENT_FAILURE);
        GatewayResult malformed = gateway.sendText("5511912345678", "Oi");
        assertThat(malformed.kind()).isEqualTo(Kind.PERMANENT_FAILURE);
        assertThat(malformed.cause()).isEqualTo(FailureCause.REJECTED);
    }

    @Test
    void connectionCheckReadsThePhoneNumberOrReportsABadToken() throws Exception {
        server.enqueue(json(200, "{\"display_phone_number\":\"+55 11 4000-0000\",\"verified_name\":\"Loja\","
                + "\"id\":\"106540352242922\"}"));
        server.enqueue(json(401, error(190, "Invalid OAuth access token")));

        var ok = gateway.connectionStatus();
        var bad = gateway.connectionStatus();

        assertThat(ok.state()).isEqualTo(ConnectionState.CONNECTED);
        assertThat(ok.detail()).isEqualTo("+55 11 4000-0000");
        assertThat(bad.state()).isEqualTo(ConnectionState.ERROR);
        assertThat(bad.detail()).isEqualTo("whatsapp.reason.invalid-credentials");
        RecordedRequest check = server.takeRequest();
        assertThat(check.getUrl().encodedPath()).isEqualTo("/v23.0/106540352242922");
        assertThat(check.getHeaders().get("Authorization")).isEqualTo("Bearer EAAG-token");
    }

    static String error(int code, String message) {
        return """
                {"error":{"message":"(#%d) %s","type":"OAuthException","code":%d,
                 "error_data":{"messaging_product":"whatsapp","details":"%s"},"fbtrace_id":"Az8or2yhqkZfEZ-_4Qn_Bam"}}"""
                .formatted(code, message, code, message);
    }
}
