package com.botclientemanager.reports.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.botclientemanager.clients.Client;
import com.botclientemanager.clients.ClientCalendar;
import com.botclientemanager.clients.ClientDirectory;
import com.botclientemanager.clients.PaymentMethod;
import com.botclientemanager.clients.PaymentRequest;
import com.botclientemanager.clients.PaymentService;
import com.botclientemanager.testing.Browser;
import com.botclientemanager.testing.BrowserAppTest;
import com.microsoft.playwright.Page;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A reseller on a 390 px phone in pt-BR: the reports page in the side menu, cards in two columns and charts stacked
 * without sideways scrolling, a plan filter, the renewal rate's list, a tap on a chart bar, and a payment recorded
 * elsewhere shows up live.
 */
class ReportsPhoneBrowserTest extends BrowserAppTest {

    private static final String PLAN = "Plano Relatório";

    @Autowired
    ClientDirectory clients;
    @Autowired
    PaymentService payments;
    @Autowired
    ClientCalendar calendar;

    @Test
    void theReportsPageOnAPhone() {
        LocalDate today = calendar.today();
        clients.saveAll(List.of(client("rep-a", "Ana Relatório", today.minusDays(3)),
                client("rep-b", "Bruno Relatório", today.minusDays(2))));
        payments.markPaid("rep-a", new PaymentRequest(today, new BigDecimal("1234.50"), PaymentMethod.PIX, null));

        Page page = browser.newPage("pt-BR", 390);
        List<String> errors = new ArrayList<>();
        page.onPageError(errors::add);
        Browser.login(page, baseUrl(), ADMIN, PASSWORD);
        page.navigate(baseUrl() + "/reports");
        page.locator("#card-received").waitFor();
        assertThat(page.title()).startsWith("Relatórios");

        page.locator("#filter-plan").click();
        page.locator("vaadin-select-item").filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText(PLAN))
                .click();
        assertThat(page.locator("#card-received .stat-card__value")).hasText("R$ 1.234,50");
        assertThat(page.locator("#card-rate .stat-card__value")).hasText("50%");
        assertThat(page.locator("#card-rate .stat-card__detail")).hasText("1 de 2 que venceram pagaram");

        @SuppressWarnings("unchecked")
        Map<String, Object> layout = (Map<String, Object>) page.evaluate("""
                () => ({
                  cardColumns: getComputedStyle(document.querySelector('.stat-cards')).gridTemplateColumns.split(' ').length,
                  chartColumns: getComputedStyle(document.querySelector('.chart-grid')).gridTemplateColumns.split(' ').length,
                  overflow: document.documentElement.scrollWidth - window.innerWidth
                })""");
        assertThat(layout).containsEntry("cardColumns", 2).containsEntry("chartColumns", 1);
        assertThat(((Number) layout.get("overflow")).intValue()).isLessThanOrEqualTo(0);

        page.locator("#card-rate").click();
        assertThat(page.locator("#report-list")).containsText("Bruno Relatório");
        assertThat(page.locator("#report-list")).containsText("Não pagou");
        assertThat(page.locator("#report-list-summary")).hasText("2 itens · total R$ 1.234,50");
        page.locator("#report-list-close").click();
        // the renewal list also names Ana: it must be gone before the bar's own list is looked at
        assertThat(page.locator("#report-list")).hasCount(0);

        // a tap on this month's IPTV bar in "Recebido por mês e serviço" lists that month's IPTV payments
        page.locator("bcm-chart").first().scrollIntoViewIfNeeded();
        // the bar's place is read from the chart as drawn; while Chart.js still animates it a tap can miss, as a
        // person's would: tap again at the bar's new place, a few times at most
        for (int attempt = 0; attempt < 5 && page.locator("#report-list").count() == 0; attempt++) {
            page.waitForTimeout(attempt == 0 ? 0 : 1000);
            @SuppressWarnings("unchecked")
            Map<String, Number> bar = (Map<String, Number>) page.evaluate("""
                    () => {
                      const chart = document.querySelector('bcm-chart');
                      const box = chart.getBoundingClientRect();
                      const meta = chart._chart.getDatasetMeta(0).data;
                      const last = meta[meta.length - 1];
                      return { x: box.left + last.x, y: box.top + (last.y + last.base) / 2 };
                    }""");
            page.mouse().click(bar.get("x").doubleValue(), bar.get("y").doubleValue());
            page.waitForTimeout(500);
        }
        assertThat(page.locator("#report-list")).containsText("Ana Relatório");
        assertThat(page.locator("#report-list")).containsText("IPTV");
        page.locator("#report-list-close").click();

        payments.markPaid("rep-b", new PaymentRequest(today, new BigDecimal("10.00"), PaymentMethod.CASH, null));
        assertThat(page.locator("#card-received .stat-card__value")).hasText("R$ 1.244,50");
        assertThat(page.locator("#card-rate .stat-card__value")).hasText("100%");
        assertThat(errors).isEmpty();
        page.context().close();
    }

    private static Client client(String id, String name, LocalDate due) {
        return new Client(id, name, "5511988887" + (id.endsWith("a") ? "001" : "002"), "IPTV", new BigDecimal("30.00"),
                due, null, null, "", "", java.time.LocalDateTime.now(), PLAN, null, true, true, null, false);
    }
}
