package com.botclientemanager.dashboard.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.botclientemanager.clients.Client;
import com.botclientemanager.clients.ClientDirectory;
import com.botclientemanager.testing.Browser;
import com.botclientemanager.whatsapp.SeparateAppTest;
import com.microsoft.playwright.Page;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * In Chromium on a fresh data dir: the dashboard shows the first steps, none done (test mode does not count as a
 * connected WhatsApp); each step ticks itself once done on its screen; "Dispensar" hides the list for good, across a
 * reload. On a 390 px phone the list fits the screen, and the empty Clients and Messages pages say what to do next.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FirstRunChecklistBrowserTest extends SeparateAppTest {

    private static Browser browser;

    @Autowired
    ClientDirectory clients;

    @BeforeAll
    static void startBrowser() {
        browser = new Browser();
    }

    @AfterAll
    static void stopBrowser() {
        browser.close();
    }

    @Test
    @Order(2)
    void theStepsTickThemselvesAndDismissingHidesTheListForGood() {
        Page page = browser.newPage("pt-BR", 1280);
        try {
            Browser.login(page, baseUrl(), ADMIN, PASSWORD);
            assertThat(page.locator("#first-run")).isVisible();
            assertThat(page.locator("#first-run-progress")).hasText("0 de 5 concluídos");
            assertThat(page.locator("#first-run-step-clients")).containsText("clients.json");
            assertThat(page.locator("#status-whatsapp")).hasText("WhatsApp em modo de teste");
            assertThat(page.locator("#first-run-step-whatsapp")).hasAttribute("data-done", "false");

            page.locator("#first-run-open-templates").click();
            page.waitForURL(url -> url.endsWith("/templates"));
            page.locator("#templates-list").waitFor();
            page.navigate(baseUrl() + "/");
            assertThat(page.locator("#first-run-step-templates")).hasAttribute("data-done", "true");
            assertThat(page.locator("#first-run-progress")).hasText("1 de 5 concluídos");

            page.locator("#first-run-confirm-sending-hours").click();
            assertThat(page.locator("#first-run-step-sending-hours")).hasAttribute("data-done", "true");
            assertThat(page.locator("#first-run-confirm-sending-hours")).hasCount(0);

            page.locator("#first-run-open-pix").click();
            page.waitForURL(url -> url.endsWith("/settings"));
            page.locator("vaadin-text-field#pix-key input").fill("529.982.247-25");
            page.locator("vaadin-text-field#pix-name input").fill("Zé da TV");
            page.locator("vaadin-text-field#pix-city input").fill("São Paulo");
            page.locator("#pix-save").click();
            assertThat(page.locator("#pix-qr")).isVisible();
            page.navigate(baseUrl() + "/");
            assertThat(page.locator("#first-run-step-pix")).hasAttribute("data-done", "true");

            clients.save(client());
            assertThat(page.locator("#first-run-step-clients")).hasAttribute("data-done", "true");
            assertThat(page.locator("#first-run-progress")).hasText("4 de 5 concluídos");
            assertThat(page.locator("#first-run-step-whatsapp")).hasAttribute("data-done", "false");

            page.reload();
            assertThat(page.locator("#first-run-progress")).hasText("4 de 5 concluídos");
            page.locator("#first-run-dismiss").click();
            assertThat(page.locator("#first-run")).isHidden();
            page.reload();
            assertThat(page.locator("#status-whatsapp")).hasText("WhatsApp em modo de teste");
            assertThat(page.locator("#first-run")).isHidden();
            assertThat(page.locator("#first-run-progress")).hasCount(0);
        } finally {
            page.context().close();
        }
    }

    @Test
    @Order(1)
    void onAPhoneTheListFitsTheScreen() {
        Page page = browser.newPage("pt-BR", 390);
        try {
            Browser.login(page, baseUrl(), ADMIN, PASSWORD);
            assertThat(page.locator("#first-run-open-whatsapp")).isVisible();
            Object overflow = page.evaluate("() => document.querySelector('#first-run').scrollWidth"
                    + " > document.querySelector('#first-run').clientWidth");
            assertThat(overflow).isEqualTo(false);
            var box = page.locator("#first-run-dismiss").boundingBox();
            assertThat(box.x + box.width).isLessThanOrEqualTo(390);

            // the empty lists say what to do next, with buttons
            page.navigate(baseUrl() + "/clients");
            assertThat(page.locator("#clients-empty")).containsText("clients.json");
            assertThat(page.locator("#clients-empty-add")).isVisible();
            assertThat(page.locator("#clients-empty-import")).isVisible();
            page.navigate(baseUrl() + "/messages");
            assertThat(page.locator("#messages-empty")).isVisible();
            page.locator("#messages-empty-test").click();
            page.waitForURL(url -> url.endsWith("/whatsapp"));
        } finally {
            page.context().close();
        }
    }

    private static Client client() {
        return new Client("first-run-client", "Maria Primeira", "5511912345678", "IPTV", new BigDecimal("35.50"),
                LocalDate.now().plusDays(10), null, LocalTime.of(9, 0), "", "", LocalDateTime.of(2026, 1, 1, 10, 0),
                null, null, true, true, null, false, null, null);
    }
}
