package com.botclientemanager.whatsapp.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.botclientemanager.testing.Browser;
import com.botclientemanager.whatsapp.SeparateAppTest;
import com.botclientemanager.whatsapp.internal.EvolutionWebhookSecret;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import com.botclientemanager.testing.StandIns;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The WhatsApp page with the Evolution provider, against a MockWebServer speaking Evolution API v2: "Conectar WhatsApp"
 * draws the QR code, redraws it when Evolution rotates it, removes it once the phone is linked; a test message goes
 * out and its delivery report (webhook) pops a notification; "Desconectar" logs the instance out.
 */
class EvolutionPairingBrowserTest extends SeparateAppTest {

    private static final MockWebServer EVOLUTION = StandIns.started();
    private static final FakeEvolution STATE = new FakeEvolution();
    private static Browser browser;

    @Autowired
    private EvolutionWebhookSecret secret;

    @DynamicPropertySource
    static void evolution(DynamicPropertyRegistry registry) {
        registry.add("app.whatsapp.provider", () -> "evolution");
        registry.add("app.whatsapp.evolution.url", () -> EVOLUTION.url("/").toString());
        registry.add("app.whatsapp.evolution.api-key", () -> "evo-api-key");
        registry.add("app.whatsapp.evolution.instance", () -> "shop");
    }

    @BeforeAll
    static void startBrowser() {
        EVOLUTION.setDispatcher(STATE);
        browser = new Browser();
    }

    @AfterAll
    static void stop() {
        browser.close();
        EVOLUTION.close();
    }

    @Test
    void pairingSendingDeliveryAndDisconnecting() throws Exception {
        Page page = browser.newPage("pt-BR", 1280);
        try {
            Browser.login(page, baseUrl(), ADMIN, PASSWORD);
            assertThat(page.locator("vaadin-side-nav")).containsText("Clientes");
            page.navigate(baseUrl() + "/whatsapp");
            assertThat(page.locator("#whatsapp-status-title")).hasText("Desconectado");
            assertThat(page.locator("#whatsapp-banner")).not().containsText("Modo de teste");
            assertThat(page.locator("#webhook-url")).containsText("/webhooks/evolution/" + secret.value());

            page.locator("vaadin-button#whatsapp-connect").click();
            assertThat(page.locator("#whatsapp-qr-image")).isVisible();
            assertThat(page.locator("#whatsapp-qr")).containsText("Aparelhos conectados");
            assertThat(Browser.qrText(page, baseUrl(), "whatsapp-qr-image")).isEqualTo(FakeEvolution.CODE_1);

            STATE.code = FakeEvolution.CODE_2;
            page.waitForCondition(() -> FakeEvolution.CODE_2.equals(Browser.qrText(page, baseUrl(), "whatsapp-qr-image")),
                    new Page.WaitForConditionOptions().setTimeout(15_000));

            STATE.open = true;
            assertThat(page.locator("#whatsapp-status-title")).hasText("Conectado", new com.microsoft.playwright.assertions
                    .LocatorAssertions.HasTextOptions().setTimeout(15_000));
            assertThat(page.locator("#whatsapp-qr")).isHidden();

            page.locator("vaadin-text-field#test-phone input").fill("5511912345678");
            page.locator("vaadin-button#test-send").click();
            assertThat(notification(page, "Mensagem enviada para +5511912345678")).isVisible();
            assertThat(STATE.sent).singleElement().satisfies(body -> assertThat(body)
                    .contains("\"number\":\"5511912345678\"", "\"text\":\"Mensagem de teste do Bot Cliente Manager ✅\""));

            HttpResponse<String> webhook = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                            URI.create(baseUrl() + "/webhooks/evolution/" + secret.value()))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("""
                            {"event":"messages.update","instance":"shop","data":{"keyId":"E2E-KEY-1",
                             "remoteJid":"5511912345678@s.whatsapp.net","fromMe":true,"status":"DELIVERY_ACK"}}"""))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertThat(webhook.statusCode()).isEqualTo(200);
            assertThat(notification(page, "Mensagem entregue para +5511912345678")).isVisible();

            page.locator("vaadin-button#whatsapp-disconnect").click();
            page.locator("vaadin-confirm-dialog-overlay vaadin-button[slot='confirm-button'], "
                    + "vaadin-confirm-dialog vaadin-button[slot='confirm-button']").first().click();
            assertThat(page.locator("#whatsapp-status-title")).hasText("Desconectado");
            assertThat(STATE.paths).contains("DELETE /instance/logout/shop");
            assertThat(STATE.apiKeys).containsOnly("evo-api-key");
        } finally {
            page.context().close();
        }
    }

    private static Locator notification(Page page, String text) {
        return page.locator("vaadin-notification-card").filter(new Locator.FilterOptions().setHasText(text));
    }


    /** Evolution's instance endpoints with a switchable state: the instance exists, first closed, later open. */
    static final class FakeEvolution extends Dispatcher {
        static final String CODE_1 = "2@first/QR+code,aGVsbG8gd29ybGQ=,c2Vjb25kIHBhcnQ=,dGhpcmQ=";
        static final String CODE_2 = "2@rotated/QR+code,cm90YXRlZA==,YW5vdGhlcg==,bW9yZQ==";
        volatile String code = CODE_1;
        volatile boolean open;
        final List<String> paths = new CopyOnWriteArrayList<>();
        final List<String> apiKeys = new CopyOnWriteArrayList<>();
        final List<String> sent = new CopyOnWriteArrayList<>();

        @Override
        public MockResponse dispatch(RecordedRequest request) {
            String path = request.getUrl().encodedPath();
            paths.add(request.getMethod() + " " + path);
            apiKeys.add(String.valueOf(request.getHeaders().get("apikey")));
            return switch (path) {
                case "/instance/connectionState/shop" -> json(200,
                        "{\"instance\":{\"instanceName\":\"shop\",\"state\":\"" + (open ? "open" : "close") + "\"}}");
                case "/instance/connect/shop" -> open
                        ? json(200, "{\"instance\":{\"instanceName\":\"shop\",\"state\":\"open\"}}")
                        : json(200, "{\"pairingCode\":null,\"code\":\"" + code + "\",\"base64\":\"data:image/png;base64,x\","
                                + "\"count\":1}");
                case "/instance/logout/shop" -> {
                    open = false;
                    yield json(200, "{\"status\":\"SUCCESS\",\"error\":false,\"response\":{\"message\":\"Instance logged out\"}}");
                }
                case "/message/sendText/shop" -> {
                    sent.add(request.getBody().utf8());
                    yield json(201, "{\"key\":{\"remoteJid\":\"5511912345678@s.whatsapp.net\",\"fromMe\":true,"
                            + "\"id\":\"E2E-KEY-1\"},\"status\":\"PENDING\",\"messageType\":\"conversation\"}");
                }
                default -> json(404, "{\"status\":404,\"error\":\"Not Found\"}");
            };
        }

        private static MockResponse json(int code, String body) {
            return new MockResponse.Builder().code(code).addHeader("Content-Type", "application/json").body(body).build();
        }
    }
}
