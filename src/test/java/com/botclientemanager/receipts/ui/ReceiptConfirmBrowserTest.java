package com.botclientemanager.receipts.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.botclientemanager.clients.Client;
import com.botclientemanager.clients.ClientDirectory;
import com.botclientemanager.clients.PaymentService;
import com.botclientemanager.testing.Browser;
import com.botclientemanager.testing.EvolutionStandIn;
import com.botclientemanager.testing.StandIns;
import com.botclientemanager.whatsapp.SeparateAppTest;
import com.botclientemanager.whatsapp.internal.EvolutionWebhookSecret;
import com.microsoft.playwright.Page;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Base64;
import javax.imageio.ImageIO;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The "done when" on a 390 px phone: a client's "PAGUEI" with a photo (an Evolution webhook; the stand-in serves
 * the photo on {@code getBase64FromMediaMessage}) appears in "Pagamentos a confirmar" without a reload, with the photo,
 * the dashboard card counts it and leads there, and one "Confirmar" renews the client.
 */
class ReceiptConfirmBrowserTest extends SeparateAppTest {

    private static final MockWebServer EVOLUTION = StandIns.started();
    private static final EvolutionStandIn STATE = new EvolutionStandIn("shop", "evo-key", true, "code", null, "OUT-");
    private static Browser browser;
    private static byte[] photo;

    @Autowired
    EvolutionWebhookSecret secret;
    @Autowired
    ClientDirectory clients;
    @Autowired
    PaymentService payments;

    @DynamicPropertySource
    static void evolution(DynamicPropertyRegistry registry) {
        registry.add("app.whatsapp.provider", () -> "evolution");
        registry.add("app.whatsapp.evolution.url", () -> EVOLUTION.url("/").toString());
        registry.add("app.whatsapp.evolution.api-key", () -> "evo-key");
        registry.add("app.whatsapp.evolution.instance", () -> "shop");
    }

    @BeforeAll
    static void start() throws Exception {
        BufferedImage image = new BufferedImage(120, 80, BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        g.setColor(Color.GREEN);
        g.fillRect(0, 0, 120, 80);
        g.dispose();
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(image, "png", png);
        photo = png.toByteArray();
        EVOLUTION.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
                if (request.getUrl().encodedPath().equals("/chat/getBase64FromMediaMessage/shop")
                        && request.getBody().utf8().contains("\"id\":\"3EBE2EPHOTO\"")) {
                    return new MockResponse.Builder().code(200).addHeader("Content-Type", "application/json")
                            .body("{\"mediaType\":\"imageMessage\",\"mimetype\":\"image/png\",\"base64\":\""
                                    + Base64.getEncoder().encodeToString(photo) + "\"}").build();
                }
                return STATE.dispatch(request);
            }
        });
        browser = new Browser();
    }

    @AfterAll
    static void stop() {
        browser.close();
        EVOLUTION.close();
    }

    @Test
    void pagueiWithAPhotoIsConfirmedInOneClick() throws Exception {
        LocalDate today = LocalDate.now(ZoneId.of("America/Sao_Paulo"));
        Client lia = clients.save(new Client("receipts-lia", "Lia Souza", "5511922334455", "IPTV",
                new BigDecimal("40.00"), today, LocalTime.MIDNIGHT, LocalTime.MIDNIGHT, "", "",
                LocalDateTime.of(2026, 1, 1, 10, 0), "Mensal", null, true, true, null, false));
        Page page = browser.newPage("pt-BR", 390);
        try {
            Browser.login(page, baseUrl(), ADMIN, PASSWORD);
            assertThat(page.locator("vaadin-side-nav")).containsText("Clientes");
            page.navigate(baseUrl() + "/receipts");
            assertThat(page.locator("#receipts-list")).containsText("Nenhum pagamento esperando");

            assertThat(post("""
                    {"event":"messages.upsert","instance":"shop","data":{"key":{"remoteJid":"5511922334455@s.whatsapp.net",
                     "fromMe":false,"id":"3EBE2EPHOTO"},"pushName":"Lia","status":"DELIVERY_ACK",
                     "message":{"imageMessage":{"url":"https://mmg.whatsapp.net/x.enc","mimetype":"image/png",
                     "caption":"PAGUEI"}},"messageType":"imageMessage","messageTimestamp":1764500000,
                     "instanceId":"i1","source":"android"},"destination":"http://app/webhooks/evolution",
                     "date_time":"2026-11-30T10:00:00.000Z","sender":"5511900000000@s.whatsapp.net",
                     "server_url":"http://evolution:8080","apikey":null}""")).isEqualTo(200);

            var card = page.locator(".receipt-card").filter(new com.microsoft.playwright.Locator.FilterOptions()
                    .setHasText("Lia Souza"));
            assertThat(card).containsText("PAGUEI");
            assertThat(card).containsText("R$");
            assertThat(card.locator("a.receipt-phone")).hasText("+55 11 92233-4455");
            assertThat(card.locator("a.receipt-phone")).hasAttribute("href", "https://wa.me/5511922334455");
            var image = card.locator("img.receipt-image");
            assertThat(image).isVisible(new com.microsoft.playwright.assertions.LocatorAssertions.IsVisibleOptions()
                    .setTimeout(30_000));
            page.waitForCondition(() -> ((Number) image.evaluate("img => img.naturalWidth")).intValue() == 120);
            double cardWidth = card.boundingBox().width;
            assertThat(cardWidth).isLessThanOrEqualTo(390);

            page.navigate(baseUrl() + "/");
            assertThat(page.locator("#card-receipts")).containsText("1");
            page.locator("#card-receipts").click();
            page.waitForURL("**/receipts");
            assertThat(image).isVisible();

            card.locator("vaadin-button.receipt-confirm").click();
            assertThat(page.locator("#receipt-amount input")).hasValue("40,00");
            page.locator("vaadin-button#receipt-confirm-save").click();

            assertThat(page.locator("vaadin-notification-card").filter(new com.microsoft.playwright.Locator
                    .FilterOptions().setHasText("Pagamento de Lia Souza confirmado"))).isVisible();
            assertThat(page.locator(".receipt-card")).hasCount(0);
            assertThat(clients.find(lia.id()).orElseThrow().dueDate()).isEqualTo(today.plusMonths(1));
            assertThat(payments.history(lia.id())).singleElement()
                    .satisfies(p -> assertThat(p.amount()).isEqualByComparingTo("40.00"));
        } finally {
            page.context().close();
        }
    }

    private int post(String body) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(baseUrl() + "/webhooks/evolution/" + secret.value()))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString()).statusCode();
    }
}
