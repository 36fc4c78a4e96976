package com.botclientemanager.whatsapp.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.botclientemanager.testing.Browser;
import com.botclientemanager.testing.EvolutionStandIn;
import com.botclientemanager.testing.StandIns;
import com.botclientemanager.whatsapp.ConnectionSettings;
import com.botclientemanager.whatsapp.SeparateAppTest;
import com.botclientemanager.whatsapp.internal.ConnectionFile;
import com.botclientemanager.whatsapp.internal.EvolutionWebhookSecret;
import com.botclientemanager.whatsapp.internal.SwitchableGateway;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Connecting WhatsApp from the WhatsApp page of an app started in test mode, on a desktop and on a phone, against
 * stand-ins of Evolution API v2 and of Meta's Graph API: a wrong key is named, saving creates the instance and registers
 * the webhook, the QR code is drawn (and decodes) with the pairing code; Cloud shows the callback URL and verify token.
 */
class ProviderSetupBrowserTest extends SeparateAppTest {

    private static final MockWebServer EVOLUTION = StandIns.started();
    private static final MockWebServer GRAPH = StandIns.started();
    private static final String API_KEY = "right-key-5d41402abc4b2a76";
    private static final String CODE = "2@setup/QR+code,c2V0dXA=,cGFpcmluZw==,Y29kZQ==";
    private static final EvolutionStandIn STATE = new EvolutionStandIn("loja", API_KEY, false, CODE, "WERT-1234", "SETUP-");
    private static Browser browser;

    @Autowired
    private EvolutionWebhookSecret secret;
    @Autowired
    private ConnectionFile file;
    @Autowired
    private SwitchableGateway gateway;

    @DynamicPropertySource
    static void graph(DynamicPropertyRegistry registry) {
        registry.add("app.whatsapp.cloud.api-url", () -> GRAPH.url("/v23.0").toString());
    }

    @BeforeAll
    static void startBrowser() {
        EVOLUTION.setDispatcher(STATE);
        GRAPH.setDispatcher(new FakeGraph());
        browser = new Browser();
    }

    @AfterAll
    static void stop() {
        browser.close();
        EVOLUTION.close();
        GRAPH.close();
    }

    @BeforeEach
    void startInTestMode() {
        file.write(ConnectionSettings.empty());
        gateway.switchTo(ConnectionSettings.empty());
        STATE.reset();
    }

    @ParameterizedTest
    @ValueSource(ints = {1280, 390})
    void evolutionIsSetUpFromThePage(int width) {
        Page page = browser.newPage("pt-BR", width);
        try {
            Browser.login(page, baseUrl(), ADMIN, PASSWORD);
            assertThat(page.locator("vaadin-side-nav")).isAttached();
            page.navigate(baseUrl() + "/whatsapp");
            assertThat(page.locator("#whatsapp-status-title")).hasText("Modo de teste");
            assertThat(page.locator("#whatsapp-status-detail")).containsText("nenhuma sai de verdade");
            assertThat(page.locator("#whatsapp-status-detail")).containsText("Como enviar as mensagens");
            assertThat(page.locator("#whatsapp-status").innerText().toLowerCase().split("modo de teste", -1))
                    .as("the status card says 'Modo de teste' once").hasSize(2);

            radio(page, "Evolution API").click();
            assertThat(page.locator("#setup-ban-warning")).containsText("banir");
            assertThat(page.locator("#setup-ban-warning")).isVisible();
            page.locator("#setup-evolution-url input").fill(EVOLUTION.url("/").toString());
            page.locator("#setup-evolution-api-key input").fill("wrong-key");
            page.locator("#setup-evolution-instance input").fill("loja");
            page.locator("#setup-test").click();
            assertThat(page.locator("#setup-result")).containsText("Chave de API incorreta");

            page.locator("#setup-evolution-api-key input").fill(API_KEY);
            page.locator("#setup-test").click();
            assertThat(page.locator("#setup-result")).containsText("A instância loja ainda não existe");

            page.locator("#setup-save").click();
            assertThat(page.locator("#setup-result")).containsText("Webhook registrado");
            assertThat(STATE.webhookBodies).singleElement().satisfies(body -> assertThat(body).contains(
                    "/webhooks/evolution/" + secret.value() + "\"", "\"X-Webhook-Secret\":\"" + secret.value() + "\"",
                    "MESSAGES_UPDATE", "MESSAGES_UPSERT", "SEND_MESSAGE", "CONNECTION_UPDATE"));
            assertThat(STATE.created).isTrue();
            assertThat(page.locator("#setup-evolution-api-key")).containsText("definido");
            assertThat(page.locator("#whatsapp-status-title")).hasText("Desconectado");

            page.locator("#whatsapp-connect").click();
            assertThat(page.locator("#whatsapp-qr-image")).isVisible();
            assertThat(page.locator("#whatsapp-qr")).containsText("WERT-1234");
            assertThat(Browser.qrText(page, baseUrl(), "whatsapp-qr-image")).isEqualTo(CODE);
            assertThat(page.content()).doesNotContain(API_KEY);
            assertThat(STATE.apiKeys).containsOnly(API_KEY, "wrong-key");
            assertNoSidewaysScroll(page);
        } finally {
            page.context().close();
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {1280, 390})
    void cloudShowsTheCallbackUrlAndVerifyToken(int width) throws Exception {
        Page page = browser.newPage("pt-BR", width);
        try {
            Browser.login(page, baseUrl(), ADMIN, PASSWORD);
            assertThat(page.locator("vaadin-side-nav")).isAttached();
            page.navigate(baseUrl() + "/whatsapp");
            radio(page, "API oficial").click();
            assertThat(page.locator("#setup-ban-warning")).isHidden();
            page.locator("#setup-cloud-phone-number-id input").fill("123456789012345");
            page.locator("#setup-cloud-access-token input").fill("expired-token");
            page.locator("#setup-cloud-app-secret input").fill("meta-app-secret");
            page.locator("#setup-test").click();
            assertThat(page.locator("#setup-result")).containsText("Token de acesso expirado");
            page.locator("#setup-cloud-access-token input").fill("good-token");
            page.locator("#setup-test").click();
            assertThat(page.locator("#setup-result")).containsText("Conexão OK");

            String verifyToken = page.locator("#setup-cloud-verify-token input").inputValue();
            assertThat(verifyToken).hasSizeGreaterThanOrEqualTo(16);
            page.locator("#setup-save").click();
            assertThat(page.locator("#setup-cloud-webhook-url")).hasText(baseUrl() + "/webhooks/cloud",
                    new LocatorAssertions.HasTextOptions().setTimeout(10_000));
            assertThat(page.locator("#setup-cloud-verify-token input")).hasValue(verifyToken);
            assertThat(page.locator("#setup-cloud")).containsText("Verificar e salvar");
            assertThat(page.locator("#setup-cloud-access-token")).containsText("definido");
            assertThat(page.content()).doesNotContain("good-token", "meta-app-secret");
            HttpResponse<String> verify = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(baseUrl()
                    + "/webhooks/cloud?hub.mode=subscribe&hub.challenge=1158201444&hub.verify_token=" + verifyToken))
                    .GET().build(), HttpResponse.BodyHandlers.ofString());
            assertThat(verify.body()).isEqualTo("1158201444");
            assertNoSidewaysScroll(page);
        } finally {
            page.context().close();
        }
    }

    private static Locator radio(Page page, String label) {
        return page.locator("#setup-provider vaadin-radio-button").filter(new Locator.FilterOptions().setHasText(label));
    }

    private static void assertNoSidewaysScroll(Page page) {
        Object overflow = page.evaluate("() => document.documentElement.scrollWidth - window.innerWidth");
        assertThat(((Number) overflow).intValue()).isLessThanOrEqualTo(0);
    }

    /** The Graph API: the phone number and debug_token for "good-token", error 190/463 (expired) otherwise. */
    static final class FakeGraph extends Dispatcher {
        @Override
        public MockResponse dispatch(RecordedRequest request) {
            if (!"Bearer good-token".equals(request.getHeaders().get("Authorization"))) {
                return json(400, "{\"error\":{\"message\":\"Error validating access token: Session has expired\","
                        + "\"type\":\"OAuthException\",\"code\":190,\"error_subcode\":463}}");
            }
            return switch (request.getUrl().encodedPath()) {
                case "/v23.0/123456789012345" -> json(200,
                        "{\"display_phone_number\":\"+55 11 4000-0000\",\"verified_name\":\"Loja\",\"id\":\"123456789012345\"}");
                case "/v23.0/debug_token" -> json(200, "{\"data\":{\"is_valid\":true,\"scopes\":"
                        + "[\"whatsapp_business_messaging\",\"whatsapp_business_management\"]}}");
                default -> json(404, "{}");
            };
        }
    }

    private static MockResponse json(int code, String body) {
        return new MockResponse.Builder().code(code).addHeader("Content-Type", "application/json").body(body).build();
    }
}
