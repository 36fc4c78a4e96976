package com.botclientemanager.clients.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.botclientemanager.clients.Client;
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
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * "Marcar como pago" for several months at once, for a client on a catalogue plan: the amount follows the periods and
 * the discount, the new due date is previewed on the calendar (31 January + 3 months is 30 April), and the payment
 * moves the client there; at 1280 px in Portuguese and 390 px in English.
 */
class MultiPeriodPaymentBrowserTest extends BrowserAppTest {

    private static final LocalDate JAN_31 = LocalDate.of(2031, 1, 31);

    @Autowired
    private ClientService clients;
    @Autowired
    private PlanCatalogue catalogue;

    @Test
    void onADesktopThreeMonthsAreChargedPreviewedAndPaid() {
        Plan plan = catalogue.save(new Plan(null, "Completo Desktop", PlanService.IPTV, new BigDecimal("30"),
                Period.ofMonths(1), 2, true), PriceChange.NOT_AT_ALL);
        Client client = clients.create(form("Trimestre Desktop", "+5511966660001", plan));
        Page page = browser.newPage("pt-BR", 1280);
        Browser.login(page, baseUrl(), ADMIN, PASSWORD);

        page.navigate(baseUrl() + "/plans");
        assertThat(page.locator("#plans-grid")).containsText("Completo Desktop");
        assertThat(page.locator("#plans-grid")).containsText("R$ 30,00");

        page.navigate(baseUrl() + "/clients");
        page.locator("#clients-search input").fill("Trimestre Desktop");
        assertThat(page.locator("#clients-count")).hasText("1 cliente");
        page.waitForTimeout(500);
        page.locator("#clients-grid button.pay-button:visible").first().click();
        Locator amount = page.locator("vaadin-text-field#payment-amount input");
        assertThat(amount).hasValue("30,00");
        assertThat(page.locator("#payment-new-due-date")).hasText("Novo vencimento: 28/02/2031");

        page.locator("vaadin-select#payment-periods").click();
        page.locator("vaadin-select-item:text-is('3 períodos')").click();
        assertThat(amount).hasValue("90,00");
        assertThat(page.locator("#payment-new-due-date")).hasText("Novo vencimento: 30/04/2031");
        page.locator("vaadin-text-field#payment-discount input").fill("10");
        page.locator("vaadin-text-field#payment-discount input").press("Tab");
        assertThat(amount).hasValue("80,00");

        page.locator("#payment-confirm").click();
        assertThat(page.locator("#payment-recorded")).containsText("30/04/2031");
        assertThat(page.locator("#clients-grid")).containsText("30/04/2031");
        assertThat(clients.find(client.id()).orElseThrow().dueDate()).isEqualTo(LocalDate.of(2031, 4, 30));
        page.context().close();
    }

    @Test
    void onAPhoneInEnglishTwoMonthsArePaidFromTheCard() {
        Plan plan = catalogue.save(new Plan(null, "Full Phone", PlanService.IPTV, new BigDecimal("25"),
                Period.ofMonths(1), 1, true), PriceChange.NOT_AT_ALL);
        Client client = clients.create(form("Bimonthly Phone", "+5511966660002", plan));
        Page page = browser.newPage("en", 390);
        Browser.login(page, baseUrl(), ADMIN, PASSWORD);
        page.navigate(baseUrl() + "/clients");
        page.locator("#clients-search input").fill("Bimonthly Phone");
        Locator card = page.locator(".client-card:visible");
        assertThat(card).hasCount(1);

        card.locator("vaadin-button.pay-button").click();
        page.locator("vaadin-select#payment-periods").click();
        page.locator("vaadin-select-item:text-is('2 periods')").click();
        assertThat(page.locator("vaadin-text-field#payment-amount input")).hasValue("50.00");
        assertThat(page.locator("#payment-new-due-date")).containsText("2031");
        Locator confirm = page.locator("#payment-confirm");
        confirm.scrollIntoViewIfNeeded();
        assertThat(confirm).isInViewport();
        confirm.click();
        assertThat(page.locator("#payment-recorded")).isVisible();
        assertThat(clients.find(client.id()).orElseThrow().dueDate()).isEqualTo(LocalDate.of(2031, 3, 31));
        page.context().close();
    }

    private ClientForm form(String name, String phone, Plan plan) {
        ClientForm form = clients.newForm();
        form.setName(name);
        form.setPhone(phone);
        form.setPlanId(plan.id());
        form.setPlanName(plan.name());
        form.setValue(plan.price());
        form.setDueDate(JAN_31);
        form.setRenewal(RenewalPeriod.MONTHLY);
        return form;
    }
}
