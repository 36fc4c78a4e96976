package com.botclientemanager.whatsapp.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.botclientemanager.testing.Browser;
import com.botclientemanager.testing.BrowserAppTest;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

/**
 * In a real headless Chromium with two separately logged-in pages: a test message sent in outbox mode from one page
 * pops a notification and updates the message log in the other, without a reload.
 */
class LivePushBrowserTest extends BrowserAppTest {

    @Test
    void aTestMessageSentInOneTabShowsUpLiveInTheOther() {
        Page watcher = browser.newPage("pt-BR", 1280);
        Page sender = browser.newPage("pt-BR", 1280);
        try {
            Browser.login(watcher, baseUrl(), ADMIN, PASSWORD);
            assertThat(watcher.locator("vaadin-side-nav")).containsText("Clientes");
            watcher.navigate(baseUrl() + "/messages");
            assertThat(watcher.locator("h2.page-title")).hasText("Mensagens enviadas");
            assertThat(watcher.locator("#whatsapp-banner")).containsText("Modo de teste: nenhuma mensagem é enviada de verdade");

            Browser.login(sender, baseUrl(), ADMIN, PASSWORD);
            assertThat(sender.locator("vaadin-side-nav")).containsText("Clientes");
            sender.navigate(baseUrl() + "/whatsapp");
            assertThat(sender.locator("#whatsapp-status-title")).hasText("Modo de teste");

            sender.locator("vaadin-text-field#test-phone input").fill("11 9123");
            sender.locator("vaadin-button#test-send").click();
            assertThat(sender.locator("vaadin-text-field#test-phone")).hasAttribute("invalid", "");

            sender.locator("vaadin-text-field#test-phone input").fill("+55 (11) 91234-5678");
            sender.locator("vaadin-button#test-send").click();

            assertThat(watcher.locator("vaadin-notification-card").filter(
                    new Locator.FilterOptions().setHasText("Mensagem simulada para +5511912345678")))
                    .isVisible();
            assertThat(watcher.locator("vaadin-grid#messages-grid")).containsText("+5511912345678");
            // the short label keeps the chip on one line at 1280 px; the full one is its tooltip
            Locator chip = watcher.locator("vaadin-grid#messages-grid .message-status.status-simulated").first();
            assertThat(chip).hasText("simulada");
            assertThat(chip).hasAttribute("title", "simulada (modo de teste)");
            assertThat(chip.boundingBox().height).as("one line").isLessThan(30);

            watcher.navigate(baseUrl() + "/messages?client=another-client-id");
            assertThat(watcher.locator("h2.page-title")).hasText("Mensagens enviadas");
            assertThat(watcher.locator("vaadin-grid#messages-grid")).not().containsText("+5511912345678");
        } finally {
            watcher.context().close();
            sender.context().close();
        }
    }
}
