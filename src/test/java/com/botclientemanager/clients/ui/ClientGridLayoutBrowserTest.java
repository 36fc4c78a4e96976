package com.botclientemanager.clients.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.botclientemanager.clients.ClientForm;
import com.botclientemanager.clients.ClientService;
import com.botclientemanager.clients.ServiceType;
import com.botclientemanager.testing.Browser;
import com.botclientemanager.testing.BrowserAppTest;
import com.microsoft.playwright.Page;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The clients grid on a desktop with the side navigation open: every visible header and badge lies fully inside its
 * cell, no text is cut, and nothing scrolls sideways (price and reminders stay in view).
 */
class ClientGridLayoutBrowserTest extends BrowserAppTest {

    /** Lists what is cut: a cell whose text overflows, a badge outside its cell, a cell past the grid's right edge. */
    private static final String CUT_CELLS = """
            grid => {
              const table = grid.shadowRoot.querySelector('#table');
              const box = table.getBoundingClientRect();
              const problems = [];
              if (table.scrollWidth > table.clientWidth + 1) {
                const widths = [...grid.querySelectorAll('vaadin-grid-cell-content')]
                    .filter(c => c.assignedSlot && c.assignedSlot.parentElement.parentElement.parentElement.id === 'header')
                    .map(c => c.textContent.trim() + ':' + Math.round(c.assignedSlot.parentElement.getBoundingClientRect().width));
                problems.push('scrolls sideways: ' + table.scrollWidth + ' > ' + table.clientWidth + ' ' + widths.join(' '));
              }
              for (const content of grid.querySelectorAll('vaadin-grid-cell-content')) {
                const cell = content.assignedSlot && content.assignedSlot.parentElement;
                if (!cell || cell.hidden || cell.getBoundingClientRect().width === 0) continue;
                const row = cell.parentElement;
                if (row.hidden || (!content.textContent.trim() && !content.querySelector('.row-actions'))) continue;
                const kind = row.parentElement.id;
                if (kind !== 'header' && kind !== 'items') continue;
                const c = cell.getBoundingClientRect();
                const text = content.textContent.trim().replace(/\\s+/g, ' ');
                if (content.scrollWidth > content.clientWidth + 1) {
                  problems.push(kind + ' text cut: "' + text + '" ' + content.scrollWidth + ' > ' + content.clientWidth);
                }
                if (c.right > box.right + 1 || c.left < box.left - 1) {
                  problems.push(kind + ' cell outside the grid: "' + text + '"');
                }
                for (const part of content.querySelectorAll('.status-badge, vaadin-grid-sorter, .reminders-off, .row-actions > *')) {
                  const p = part.getBoundingClientRect();
                  if (p.width === 0 && p.height === 0) continue; // hidden
                  if (p.left < c.left - 1 || p.right > c.right + 1 || p.top < c.top - 1 || p.bottom > c.bottom + 1) {
                    problems.push(kind + ' ' + part.localName + ' outside its cell: "' + text + '"');
                  }
                }
              }
              return problems;
            }""";

    /**
     * The custom elements inside the shown rows' cells (not the grid's own cell and checkbox), by tag name. Rows the
     * grid keeps hidden for reuse still hold what they showed before the search.
     */
    private static final String COMPONENTS_IN_ROWS = """
            grid => [...grid.querySelectorAll('vaadin-grid-cell-content *')]
                .filter(e => e.localName.includes('-') && e.localName !== 'vaadin-checkbox')
                .filter(e => {
                  const row = e.closest('vaadin-grid-cell-content').assignedSlot?.parentElement?.parentElement;
                  return row && !row.hidden && row.parentElement.id === 'items';
                })
                .map(e => e.localName)""";

    @Autowired
    private ClientService clients;

    @BeforeEach
    void aLongNamedClientDueSoonAndAnotherWithRemindersOff() {
        LocalDate today = LocalDate.now(ZoneId.of("America/Sao_Paulo"));
        if (clients.samePhone("+5511988880001", null).isEmpty()) {
            clients.create(form("Maria Aparecida dos Santos Oliveira", "+5511988880001", ServiceType.OTHER,
                    "Streaming Premium", "Completo 4 telas com adulto", "1234567.89", today.plusDays(2), true));
            clients.create(form("José Carlos Pereira", "+5511988880002", ServiceType.IPTV, "", "Básico", "35.50",
                    today.minusDays(4), false));
        }
    }

    @ParameterizedTest(name = "{0} px, {1}")
    @CsvSource({"1280, pt-BR", "1440, pt-BR", "1920, pt-BR", "1280, en-US"})
    void nothingIsCutAndNothingScrollsSidewaysWithTheDrawerOpen(int width, String locale) {
        Page page = browser.newPage(locale, width);
        Browser.login(page, baseUrl(), ADMIN, PASSWORD);
        assertThat(page.locator("vaadin-side-nav")).hasCount(1);
        page.navigate(baseUrl() + "/clients");
        assertThat(page.locator("vaadin-app-layout")).not().hasAttribute("overlay", "");
        assertThat(page.locator("vaadin-app-layout")).hasAttribute("drawer-opened", "");
        // the app is shared with other tests' clients: the two of this test, found by the digits their phones share
        page.locator("#clients-search input").fill("98888000");
        assertThat(page.locator("#clients-grid")).containsText("Maria Aparecida dos Santos Oliveira");
        assertThat(page.locator("#clients-grid")).containsText("José Carlos Pereira");
        assertThat(page.locator("#clients-grid")).containsText("234");
        page.waitForTimeout(500); // the grid settles its column widths after the rows arrive

        @SuppressWarnings("unchecked")
        List<String> problems = (List<String>) page.locator("#clients-grid").evaluate(CUT_CELLS);
        assertThat(problems).isEmpty();
        assertThat(page.locator("#clients-grid .status-badge:visible").first()).isVisible();
        page.context().close();
    }

    /**
     * Each row's actions, badge and texts are plain elements: a button, icon and tooltip component per action (and a
     * hidden "Confirmar renovação" button per row) made the clients page twice as heavy in the browser as any other.
     * The buttons are still buttons, named for screen readers and shown whole.
     */
    @org.junit.jupiter.api.Test
    void rowsHoldNoComponentPerActionAndEachActionIsANamedButton() {
        Page page = browser.newPage("pt-BR", 1280);
        Browser.login(page, baseUrl(), ADMIN, PASSWORD);
        assertThat(page.locator("vaadin-side-nav")).hasCount(1);
        page.navigate(baseUrl() + "/clients");
        page.locator("#clients-search input").fill("98888000");
        assertThat(page.locator("#clients-grid")).containsText("José Carlos Pereira");
        page.waitForTimeout(500);

        @SuppressWarnings("unchecked")
        List<String> components = (List<String>) page.locator("#clients-grid").evaluate(COMPONENTS_IN_ROWS);
        assertThat(components).isEmpty();
        com.microsoft.playwright.Locator buttons = page.locator("#clients-grid .row-actions:visible").first().locator("button");
        assertThat(buttons).hasCount(4);
        assertThat(buttons.nth(0)).hasAttribute("aria-label", "Marcar como pago");
        assertThat(buttons.nth(0)).hasAttribute("title", "Marcar como pago");
        assertThat(buttons.nth(1)).hasAttribute("aria-label", "Enviar mensagem");
        assertThat(buttons.nth(2)).hasAttribute("aria-label", "Editar");
        assertThat(buttons.nth(3)).hasAttribute("aria-label", "Mais ações");
        // reachable and usable from the keyboard
        buttons.nth(0).focus();
        page.keyboard().press("Enter");
        assertThat(page.locator("#payment-confirm")).isVisible();
        page.context().close();
    }

    private ClientForm form(String name, String phone, ServiceType service, String other, String plan, String value,
            LocalDate due, boolean reminders) {
        ClientForm form = clients.newForm();
        form.setName(name);
        form.setPhone(phone);
        form.setService(service);
        form.setOtherService(other);
        form.setPlanName(plan);
        form.setValue(new BigDecimal(value));
        form.setDueDate(due);
        form.setRemindersEnabled(reminders);
        return form;
    }
}
