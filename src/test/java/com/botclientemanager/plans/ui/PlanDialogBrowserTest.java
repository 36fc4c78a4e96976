package com.botclientemanager.plans.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.botclientemanager.clients.ClientForm;
import com.botclientemanager.clients.ClientService;
import com.botclientemanager.clients.RenewalPeriod;
import com.botclientemanager.plans.Plan;
import com.botclientemanager.plans.PlanCatalogue;
import com.botclientemanager.plans.PlanService;
import com.botclientemanager.plans.PriceChange;
import com.botclientemanager.testing.Browser;
import com.botclientemanager.testing.BrowserAppTest;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A reseller adds plans on a 390 px phone: "35,5" and "35.5" both save R$ 35,50, and a refused plan (a name already
 * taken, no price) says why under the field concerned while the dialog keeps everything typed; the question a price
 * change asks for a plan with clients wraps inside the dialog.
 */
class PlanDialogBrowserTest extends BrowserAppTest {

    @Autowired
    private PlanCatalogue catalogue;
    @Autowired
    private ClientService clients;

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

    @Test
    void onAPhoneThePriceChangeQuestionWrapsInsideTheDialog() {
        Plan plan = catalogue.save(new Plan(null, "Pergunta no Telefone", PlanService.IPTV, new BigDecimal("30"),
                Period.ofMonths(1), 1, true), PriceChange.NOT_AT_ALL);
        ClientForm form = clients.newForm();
        form.setName("Cliente da Pergunta");
        form.setPhone("+5511966660031");
        form.setPlanId(plan.id());
        form.setPlanName(plan.name());
        form.setValue(plan.price());
        form.setDueDate(LocalDate.of(2031, 1, 10));
        form.setRenewal(RenewalPeriod.MONTHLY);
        clients.create(form);
        Page page = browser.newPage("pt-BR", 390);
        try {
            Browser.login(page, baseUrl(), ADMIN, PASSWORD);
            page.navigate(baseUrl() + "/plans");
            page.locator("#plans-grid vaadin-grid-cell-content").filter(new Locator.FilterOptions()
                    .setHasText("Pergunta no Telefone")).first().click();
            page.locator("#plan-price input").fill("35,5");
            page.locator("#plan-price input").press("Tab");
            Locator question = page.locator("#plan-price-change");
            assertThat(question).isVisible();

            for (var box : List.of(question.boundingBox(), question.locator("vaadin-radio-button").last().boundingBox())) {
                assertThat(box.x).as("starts on the screen").isGreaterThanOrEqualTo(0);
                assertThat(box.x + box.width).as("ends on the screen").isLessThanOrEqualTo(390);
            }
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
