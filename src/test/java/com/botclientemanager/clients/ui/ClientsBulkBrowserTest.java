package com.botclientemanager.clients.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.botclientemanager.clients.Client;
import com.botclientemanager.clients.ClientForm;
import com.botclientemanager.clients.ClientService;
import com.botclientemanager.clients.Payment;
import com.botclientemanager.clients.PaymentService;
import com.botclientemanager.clients.RenewalPeriod;
import com.botclientemanager.testing.Browser;
import com.botclientemanager.testing.BrowserAppTest;
import com.microsoft.playwright.Page;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

/** Selecting every filtered client, then paying or deleting them at once (with undo), on a desktop and on a phone. */
class ClientsBulkBrowserTest extends BrowserAppTest {

    @Autowired
    private ClientService clients;
    @Autowired
    private PaymentService payments;

    @ParameterizedTest(name = "{0} px")
    @CsvSource({"1280, Lote Desktop, 5511977770", "390, Lote Celular, 5521977770"})
    void selectAllFilteredThenMarkAsPaidThenDeleteAndUndo(int width, String plan, String phonePrefix) {
        LocalDate due = LocalDate.now(ZoneId.of("America/Sao_Paulo")).plusDays(5);
        List<Client> created = new ArrayList<>();
        created.add(clients.create(form("Ana " + plan, "+" + phonePrefix + "01", plan, "30.00", due, RenewalPeriod.MONTHLY)));
        created.add(clients.create(form("Bia " + plan, "+" + phonePrefix + "02", plan, "45.50", due, RenewalPeriod.QUARTERLY)));
        created.add(clients.create(form("Caio " + plan, "+" + phonePrefix + "03", plan, "60.00", due, RenewalPeriod.MONTHLY)));

        Page page = browser.newPage("pt-BR", width);
        Browser.login(page, baseUrl(), ADMIN, PASSWORD);
        assertThat(page.locator("vaadin-side-nav")).hasCount(1);
        page.navigate(baseUrl() + "/clients");
        page.locator("#clients-search input").fill(plan);
        assertThat(page.locator("#clients-count")).hasText("3 clientes");
        assertThat(page.locator("#select-all-filtered")).hasText("Selecionar todos (3 filtrados)");
        // the row checkboxes speak the UI language
        assertThat(page.locator("#clients-grid vaadin-checkbox:visible input").first()).hasAttribute("aria-label", "Selecionar cliente");

        page.locator("#select-all-filtered").click();
        assertThat(page.locator("#clients-grid vaadin-checkbox[checked]:visible")).hasCount(3);
        page.locator("#bulk-actions vaadin-menu-bar-button").first().click();
        page.locator("vaadin-menu-bar-item:has-text('Marcar como pago')").click();
        assertThat(page.locator("vaadin-confirm-dialog#bulk-confirm")).hasCount(1);
        assertThat(page.getByText("Marcar 3 clientes como pagos?")).isVisible();
        page.locator("vaadin-button[slot='confirm-button']:visible").click();
        assertThat(page.getByText("3 pagamentos registrados")).isVisible();

        // one payment each, for its own price, renewed by its own period
        for (Client client : created) {
            List<Payment> history = payments.history(client.id());
            assertThat(history).hasSize(1);
            assertThat(history.getFirst().amount()).isEqualByComparingTo(client.value());
            assertThat(clients.find(client.id()).orElseThrow().dueDate())
                    .isEqualTo(due.plus(client.renewalPeriodOrMonthly()));
        }
        assertThat(page.locator("#clients-grid vaadin-checkbox[checked]:visible")).hasCount(0);

        page.locator("#select-all-filtered").click();
        page.locator("#bulk-actions vaadin-menu-bar-button").first().click();
        page.locator("vaadin-menu-bar-item:has-text('Excluir')").click();
        assertThat(page.getByText("Excluir 3 clientes?")).isVisible();
        page.locator("vaadin-button[slot='confirm-button']:visible").click();
        assertThat(page.locator("#clients-count")).hasText("Nenhum cliente");
        assertThat(page.getByText("3 clientes excluídos.")).isVisible();
        created.forEach(c -> assertThat(clients.find(c.id())).isEmpty());
        page.locator("#undo-delete").click();
        assertThat(page.locator("#clients-count")).hasText("3 clientes");
        created.forEach(c -> assertThat(clients.find(c.id())).isPresent());

        double scrollWidth = ((Number) page.evaluate("document.documentElement.scrollWidth")).doubleValue();
        assertThat(scrollWidth).isLessThanOrEqualTo(width);
        page.context().close();
    }

    private ClientForm form(String name, String phone, String plan, String value, LocalDate due, RenewalPeriod renewal) {
        ClientForm form = clients.newForm();
        form.setName(name);
        form.setPhone(phone);
        form.setPlanName(plan);
        form.setValue(new BigDecimal(value));
        form.setDueDate(due);
        form.setRenewal(renewal);
        return form;
    }
}
