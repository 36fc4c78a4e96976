package com.botclientemanager.whatsapp.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.botclientemanager.testing.Browser;
import com.botclientemanager.testing.EvolutionStandIn;
import com.botclientemanager.whatsapp.SeparateAppTest;
import com.botclientemanager.whatsapp.internal.EvolutionWebhookSecret;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import com.botclientemanager.testing.StandIns;
import mockwebserver3.MockWebServer;
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
    private static final String CODE_1 = "2@first/QR+code,aGVsbG8gd29ybGQ=,c2Vjb25kIHBhcnQ=,dGhpcmQ=";
    private static final String CODE_2 = "2@rotated/QR+code,cm90YXRlZA==,YW5vdGhlcg==,bW9yZQ==";
    private static final EvolutionStandIn STATE = new EvolutionStandIn("shop", "evo-api-key", true, CODE_1, null, "E2E-KEY-");
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
            assertThat(Browser.qrText(page, baseUrl(), "whatsapp-qr-image")).isEqualTo(CODE_1);

            STATE.code = CODE_2;
            page.waitForCondition(() -> CODE_2.equals(Browser.qrText(page, baseUrl(), "whatsapp-qr-image")),
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


}
