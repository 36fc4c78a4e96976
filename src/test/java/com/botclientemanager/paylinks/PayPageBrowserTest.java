package com.botclientemanager.paylinks;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.botclientemanager.clients.Client;
import com.botclientemanager.clients.ClientDirectory;
import com.botclientemanager.clients.ClientPixCodes;
import com.botclientemanager.clients.PaymentMethod;
import com.botclientemanager.clients.PaymentRequest;
import com.botclientemanager.clients.PaymentService;
import com.botclientemanager.templates.PixSettings;
import com.botclientemanager.templates.PixSettingsService;
import com.botclientemanager.testing.Browser;
import com.botclientemanager.testing.RunningAppTest;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Base64;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A client opens their page on a phone (390 px wide) in headless Chromium, copies the PIX code and says they paid. */
class PayPageBrowserTest extends PayLinksAppTest {

    private static Browser browser;

    @Autowired
    PayLinkService links;
    @Autowired
    ClientDirectory clients;
    @Autowired
    PaymentService payments;
    @Autowired
    PixSettingsService pixSettings;
    @Autowired
    ClientPixCodes pixCodes;
    @Autowired
    ResellerContactService reseller;

    @BeforeAll
    static void startBrowser() {
        browser = new Browser();
    }

    @AfterAll
    static void stopBrowser() {
        browser.close();
    }

    @Test
    void onAPhoneTheClientSeesWhatToPayCopiesThePixCodeAndSaysTheyPaid() throws Exception {
        LocalDate today = LocalDate.now(ZoneId.of("America/Sao_Paulo"));
        pixSettings.save(new PixSettings("529.982.247-25", "Revenda Ze", "Sao Paulo"));
        reseller.save(new ResellerContact("Zé TV", "11 91234-5678"));
        Client lia = clients.save(client("lia", "Lia <b>Castro</b>", today.plusDays(3)));
        payments.markPaid(lia.id(), new PaymentRequest(today.minusDays(2), new BigDecimal("35.00"), PaymentMethod.PIX, ""));
        String pixCode = pixCodes.pixCode(clients.find(lia.id()).orElseThrow()).orElseThrow().code();

        Page page = browser.newPage("pt-BR", 390);
        BrowserContext context = page.context();
        context.grantPermissions(List.of("clipboard-read", "clipboard-write"), new BrowserContext.GrantPermissionsOptions()
                .setOrigin(baseUrl()));
        List<String> blocked = new java.util.concurrent.CopyOnWriteArrayList<>();
        page.onConsoleMessage(message -> {
            if (message.text().contains("Content Security Policy")) {
                blocked.add(message.text());
            }
        });
        page.navigate(baseUrl() + links.pathFor(lia.id()));

        assertThat(page.locator("h1")).hasText("Olá, Lia!");
        assertThat(page.locator("#amount")).containsText("35,00");
        assertThat(page.locator("#paid li")).hasCount(1);
        assertThat(page.locator("#reseller")).hasText("Zé TV");
        assertThat(page.locator("#whatsapp")).hasAttribute("href", "https://wa.me/5511912345678");
        assertThat((Integer) page.evaluate("document.documentElement.scrollWidth")).as("no sideways scrolling")
                .isLessThanOrEqualTo(390);
        String src = page.locator("img.qr").getAttribute("src");
        var qr = ImageIO.read(new ByteArrayInputStream(Base64.getDecoder().decode(src.substring(src.indexOf(',') + 1))));
        assertThat(new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(qr))))
                .getText()).isEqualTo(pixCode);
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/client-page-390.png")).setFullPage(true));

        page.locator("#copy").click();
        assertThat(page.locator("#copy")).hasText("Código copiado ✓");
        assertThat(page.evaluate("navigator.clipboard.readText()")).isEqualTo(pixCode);

        page.locator("#note").fill("Paguei pelo app do banco");
        page.locator("#claim").click();
        assertThat(page.locator("#notice")).containsText("Recebemos seu aviso");
        assertThat(claims.received).singleElement().satisfies(claim -> {
            assertThat(claim.clientId()).isEqualTo(lia.id());
            assertThat(claim.file()).isNull();
            assertThat(claim.note()).isEqualTo("Paguei pelo app do banco");
        });
        assertThat(blocked).as("the page's own style and script pass its CSP").isEmpty();
        context.close();
    }

    @Test
    void theResellerCopiesAClientsLinkFromTheHistoryAndMakesANewOneThatRevokesTheOld() {
        LocalDate today = LocalDate.now(ZoneId.of("America/Sao_Paulo"));
        Client rui = clients.save(client("rui", "Rui Barros Link", today.plusDays(10)));
        String old = links.pathFor(rui.id());

        Page page = browser.newPage("pt-BR", 1280);
        Browser.login(page, baseUrl(), RunningAppTest.ADMIN, RunningAppTest.PASSWORD);
        page.waitForURL(url -> !url.contains("/login"));
        page.navigate(baseUrl() + "/clients");
        page.locator("#clients-search input").fill("Rui Barros Link");
        assertThat(page.locator("#clients-count")).hasText("1 cliente");
        page.waitForTimeout(500);
        page.locator("#clients-grid button.more-menu:visible").first().click();
        page.locator("vaadin-context-menu-item.history-item:visible").click();

        assertThat(page.locator("#client-link-url input")).hasValue(PUBLIC_URL + old);
        page.locator("#client-link-renew").click();
        page.locator("vaadin-button[slot='confirm-button']:visible").click();
        assertThat(page.locator("#client-link-url input")).not().hasValue(PUBLIC_URL + old);

        String renewed = page.locator("#client-link-url input").inputValue().substring(PUBLIC_URL.length());
        assertThat(renewed).isEqualTo(links.pathFor(rui.id()));
        assertThat(page.request().get(baseUrl() + old).status()).isEqualTo(404);
        assertThat(page.request().get(baseUrl() + renewed).status()).isEqualTo(200);
        page.context().close();
    }
}
