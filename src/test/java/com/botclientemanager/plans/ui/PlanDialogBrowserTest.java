package com.botclientemanager.plans.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.botclientemanager.plans.Plan;
import com.botclientemanager.plans.PlanCatalogue;
import com.botclientemanager.testing.Browser;
import com.botclientemanager.testing.BrowserAppTest;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A reseller adds plans on a 390 px phone: "35,5" and "35.5" both save R$ 35,50, and a refused plan (a name already
 * taken, no price) says why under the field concerned while the dialog keeps everything typed.
 */
class PlanDialogBrowserTest extends BrowserAppTest {

    @Autowired
    private PlanCatalogue catalogue;

    @Test
    void onAPhoneAPriceWithCommaOrDotSavesAndARefusalIsShownUnderItsField() {
        Page page = browser.newPage("pt-BR", 390);
        try {
            Browser.login(page, baseUrl(), ADMIN, PASSWORD);
            page.navigate(baseUrl() + "/plans");

            add(page, "Tela Única Celular", "35,5");
            assertThat(page.locator("vaadin-dialog[opened]")).hasCount(0);
            add(page, "Duas Telas Celular", "35.5");
            assertThat(page.locator("vaadin-dialog[opened]")).hasCount(0);
            assertThat(page.locator("#plans-grid")).containsText("Duas Telas Celular");
            assertThat(catalogue.all()).filteredOn(p -> p.name().endsWith("Celular")).extracting(Plan::price)
                    .allSatisfy(price -> assertThat(price).isEqualByComparingTo("35.50")).hasSize(2);

            add(page, "Tela Única Celular", "40");
            assertThat(page.locator("vaadin-text-field#plan-name")).hasAttribute("invalid", "");
            assertThat(page.locator("vaadin-text-field#plan-name [slot='error-message']"))
                    .hasText("Já existe um plano chamado \"Tela Única Celular\".");
            assertThat(page.locator("#plan-price input")).hasValue("40");

            page.locator("#plan-name input").fill("Três Telas Celular");
            page.locator("#plan-price input").fill("");
            page.locator("#plan-save").click();
            assertThat(page.locator("vaadin-text-field#plan-price [slot='error-message']"))
                    .hasText("Informe um valor maior que zero, com no máximo duas casas decimais.");
            assertThat(page.locator("vaadin-text-field#plan-name")).not().hasAttribute("invalid", "");
            assertThat(page.locator("#plan-name input")).hasValue("Três Telas Celular");
            assertThat(catalogue.all()).extracting(Plan::name).doesNotContain("Três Telas Celular");
        } finally {
            page.context().close();
        }
    }

    private static void add(Page page, String name, String price) {
        if (page.locator("vaadin-dialog[opened]").count() == 0) {
            page.locator("#plans-new").click();
        }
        page.locator("#plan-name input").fill(name);
        page.locator("#plan-price input").fill(price);
        page.locator("#plan-save").click();
    }
}
