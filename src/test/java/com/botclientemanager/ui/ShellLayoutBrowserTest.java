package com.botclientemanager.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.botclientemanager.testing.Browser;
import com.botclientemanager.testing.BrowserAppTest;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.BoundingBox;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The shell's small layout promises: badges off the window's edge, no button past a phone's edge, typed text kept. */
class ShellLayoutBrowserTest extends BrowserAppTest {

    @ParameterizedTest(name = "{0} px")
    @ValueSource(ints = {1280, 390})
    void theTestModeBadgeKeepsAMarginFromTheWindowsEdge(int width) {
        Page page = browser.newPage("pt-BR", width);
        Browser.login(page, baseUrl(), ADMIN, PASSWORD);
        assertThat(page.locator(".test-mode-banner")).isVisible();
        BoundingBox badge = page.locator(".test-mode-banner").boundingBox();
        assertThat(badge.x).isGreaterThanOrEqualTo(8);
        assertThat(badge.x + badge.width).isLessThanOrEqualTo(width - 8);
        assertThat(badge.y).isGreaterThanOrEqualTo(2);
        // badge and bell share the menu button's line: on a phone the top bar takes one line, not three
        BoundingBox menu = page.locator("vaadin-drawer-toggle").boundingBox();
        BoundingBox bell = page.locator("#message-bell").boundingBox();
        assertThat(Math.abs(center(bell) - center(menu))).isLessThan(12);
        assertThat(Math.abs(center(badge) - center(menu))).isLessThan(12);
        page.context().close();
    }

    @Test
    void sendATestToMyNumberStaysInsideAPhonesScreen() {
        Page page = browser.newPage("pt-BR", 390);
        Browser.login(page, baseUrl(), ADMIN, PASSWORD);
        assertThat(page.locator("vaadin-side-nav")).hasCount(1);
        page.navigate(baseUrl() + "/templates");
        page.locator("#templates-new").click();
        assertThat(page.locator("#template-test-send")).hasText("Enviar teste para o meu número");
        page.locator("#template-test-send").scrollIntoViewIfNeeded();
        BoundingBox send = page.locator("#template-test-send").boundingBox();
        assertThat(send.x).isGreaterThanOrEqualTo(0);
        assertThat(send.x + send.width).isLessThanOrEqualTo(390);
        BoundingBox number = page.locator("vaadin-text-field#template-test-number").boundingBox();
        assertThat(number.x + number.width).isLessThanOrEqualTo(390);
        page.context().close();
    }

    @Test
    void closingAClientFormWithChangesAsksFirst() {
        Page page = browser.newPage("pt-BR", 1280);
        Browser.login(page, baseUrl(), ADMIN, PASSWORD);
        assertThat(page.locator("vaadin-side-nav")).hasCount(1);
        page.navigate(baseUrl() + "/clients");
        page.locator("#new-client").click();
        page.locator("#client-cancel").click();
        assertThat(page.locator("#client-save")).hasCount(0); // nothing typed: closes at once

        page.locator("#new-client").click();
        page.locator("vaadin-text-field#client-name input").fill("Cliente Digitado");
        page.locator("vaadin-text-field#client-name input").press("Tab");
        page.locator("#client-cancel").click();
        assertThat(page.getByText("Descartar alterações?")).isVisible();
        page.locator("vaadin-button[slot='cancel-button']:visible").click();
        assertThat(page.locator("vaadin-text-field#client-name input")).hasValue("Cliente Digitado");
        // the kept question leaves the page after its closing animation; on a busy machine that is not at once
        assertThat(page.getByText("Descartar alterações?")).hasCount(0);

        page.locator("vaadin-text-field#client-name input").press("Escape");
        assertThat(page.getByText("Descartar alterações?")).isVisible();
        page.locator("vaadin-button[slot='confirm-button']:visible").click();
        assertThat(page.locator("#client-save")).hasCount(0);
        page.context().close();
    }

    @Test
    void theLanguageSwitchKeepsWhatWasTypedOnThePage() {
        Page page = browser.newPage("pt-BR", 1280);
        Browser.login(page, baseUrl(), ADMIN, PASSWORD);
        assertThat(page.locator("vaadin-side-nav")).hasCount(1);
        page.navigate(baseUrl() + "/settings");
        page.locator("vaadin-text-field#pix-name input").fill("Loja Digitada");
        page.locator("#language-switch").click();
        assertThat(page.locator("#language-switch")).containsText("PT");
        assertThat(page.locator("vaadin-text-field#pix-name input")).hasValue("Loja Digitada");
        page.context().close();
    }

    private static double center(BoundingBox box) {
        return box.y + box.height / 2;
    }
}
