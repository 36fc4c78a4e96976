package com.botclientemanager.settings.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.botclientemanager.testing.Browser;
import com.botclientemanager.testing.BrowserAppTest;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

/** The settings page shows which store is active and tests the connection to it, in a real browser. */
class StorageSectionBrowserTest extends BrowserAppTest {

    @Test
    void showsTheLocalStoreAndTestsTheConnection() {
        Page page = browser.newPage("pt-BR", 1280);
        Browser.login(page, baseUrl(), ADMIN, PASSWORD);
        page.navigate(baseUrl() + "/settings");
        assertThat(page.locator("#storage-section h3")).hasText("Armazenamento");
        assertThat(page.locator("#storage-type")).hasText("Arquivos nesta máquina");
        assertThat(page.locator("#storage-folder")).hasText(DATA_DIR.toAbsolutePath().normalize().toString());
        assertThat(page.locator("#storage-pending")).hasText("Nenhuma");
        assertThat(page.locator("#storage-last-error")).hasText("Nenhum");

        page.locator("vaadin-button#storage-test").click();
        assertThat(page.locator("vaadin-notification-card")).containsText("Conexão funcionando.");
        assertThat(page.locator("#storage-last-sync")).not().hasText("Ainda não");
        page.context().close();
    }
}
