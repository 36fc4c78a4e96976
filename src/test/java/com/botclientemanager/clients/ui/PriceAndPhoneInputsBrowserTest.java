package com.botclientemanager.clients.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.botclientemanager.testing.Browser;
import com.botclientemanager.testing.BrowserAppTest;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

/**
 * Price, date and phone inputs as a Brazilian reseller types them, in Chromium at 1280 px and 390 px: "35.5" is
 * R$ 35,50 (not 355), "1.234" is refused as ambiguous, "31/02/2026" is an invalid date, Esc keeps a typed date, and the
 * list finds a client by its phone written any usual way.
 */
class PriceAndPhoneInputsBrowserTest extends BrowserAppTest {

    private static final String AMBIGUOUS = "Não dá para saber se “1.234” é mais de mil reais";

    @Test
    void onADesktopPricesDatesAndPhoneSearchMeanWhatWasTyped() {
        Page page = browser.newPage("pt-BR", 1280);
        Browser.login(page, baseUrl(), ADMIN, PASSWORD);
        assertThat(page.locator("vaadin-side-nav")).hasCount(1);
        page.navigate(baseUrl() + "/clients");
        page.locator("#new-client").click();
        page.locator("vaadin-text-field#client-name input").fill("Preço Desktop");
        page.locator("vaadin-text-field#client-phone input").fill("(11) 90000-0017");
        Locator value = page.locator("vaadin-text-field#client-value");
        value.locator("input").fill("1.234");
        value.locator("input").press("Tab");
        assertThat(value).containsText(AMBIGUOUS);
        value.locator("input").fill("35.5");
        value.locator("input").press("Tab");
        assertThat(value).not().containsText(AMBIGUOUS);

        Locator due = page.locator("vaadin-date-picker#client-due-date");
        due.locator("input").fill("31/02/2026");
        due.locator("input").press("Enter"); // on a desktop typing opens the calendar, and Tab would move into it
        assertThat(due).containsText("Data inválida (dd/mm/aaaa)");
        page.locator("#client-save").click();
        assertThat(due).containsText("Data inválida (dd/mm/aaaa)");
        assertThat(due).not().containsText("Informe a data");
        // Esc closes the calendar the typing opened, and keeps the typed date
        due.locator("input").fill("15/03/2031");
        due.locator("input").press("Escape");
        assertThat(due.locator("input")).hasValue("15/03/2031");
        due.locator("input").press("Escape");
        assertThat(due.locator("input")).hasValue("15/03/2031");
        page.locator("#client-save").click();
        assertThat(page.locator("#client-save")).hasCount(0);

        Locator grid = page.locator("#clients-grid");
        for (String typed : new String[] {"+55 11 90000-0017", "(11) 90000-0017", "90000-0017"}) {
            page.locator("#clients-search input").fill(typed);
            assertThat(page.locator("#clients-count")).hasText("1 cliente");
            assertThat(grid).containsText("Preço Desktop");
        }
        assertThat(grid).containsText("R$ 35,50");
        assertThat(grid).containsText("15/03/2031");

        page.waitForTimeout(500);
        page.locator("#clients-grid button.pay-button:visible").first().click();
        Locator amount = page.locator("vaadin-text-field#payment-amount");
        assertThat(amount.locator("input")).hasValue("35,50");
        amount.locator("input").fill("1.234");
        page.locator("#payment-confirm").click();
        assertThat(amount).containsText(AMBIGUOUS);
        amount.locator("input").fill("40.5");
        page.locator("#payment-confirm").click();
        assertThat(page.locator("#payment-recorded")).isVisible();
        page.locator("#clients-grid button.more-menu:visible").first().click();
        page.locator("vaadin-context-menu-item.history-item:visible").click();
        assertThat(page.locator("#payment-history")).containsText("R$ 40,50");
        page.context().close();
    }

    @Test
    void onAPhoneTheSameInputsWorkInTheFullScreenFormAndTheCards() {
        Page page = browser.newPage("pt-BR", 390);
        Browser.login(page, baseUrl(), ADMIN, PASSWORD);
        assertThat(page.locator("vaadin-side-nav")).hasCount(1);
        page.navigate(baseUrl() + "/clients");
        page.locator("#new-client").click();
        page.locator("vaadin-text-field#client-name input").fill("Preço Celular");
        page.locator("vaadin-text-field#client-phone input").fill("+55 11 90000-0018");
        Locator value = page.locator("vaadin-text-field#client-value");
        value.locator("input").fill("1.234");
        value.locator("input").press("Tab");
        assertThat(value).containsText(AMBIGUOUS);
        value.locator("input").fill("35,5");
        Locator due = page.locator("vaadin-date-picker#client-due-date");
        due.locator("input").fill("31/02/2026");
        due.locator("input").press("Tab");
        assertThat(due).containsText("Data inválida (dd/mm/aaaa)");
        due.locator("input").fill("20/04/2031");
        due.locator("input").press("Escape");
        assertThat(due.locator("input")).hasValue("20/04/2031");
        page.locator("#client-save").click();
        assertThat(page.locator("#client-save")).hasCount(0);

        Locator card = page.locator(".client-card:visible");
        for (String typed : new String[] {"+55 11 90000-0018", "(11) 90000-0018", "90000-0018"}) {
            page.locator("#clients-search input").fill(typed);
            assertThat(page.locator("#clients-count")).hasText("1 cliente");
            assertThat(card).hasCount(1);
        }
        assertThat(card).containsText("Preço Celular");
        assertThat(card).containsText("R$ 35,50");
        assertThat(card).containsText("20/04/2031");

        card.locator("vaadin-button.pay-button").click();
        Locator amount = page.locator("vaadin-text-field#payment-amount");
        assertThat(amount.locator("input")).hasValue("35,50");
        amount.locator("input").fill("35.5");
        page.locator("#payment-confirm").click();
        assertThat(page.locator("#payment-recorded")).isVisible();
        page.context().close();
    }
}
