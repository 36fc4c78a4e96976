package com.botclientemanager.clients.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.botclientemanager.clients.Client;
import com.botclientemanager.clients.ClientDirectory;
import com.botclientemanager.clients.PaymentService;
import com.botclientemanager.clients.PaymentStatus;
import com.botclientemanager.storage.Document;
import com.botclientemanager.storage.DocumentChange;
import com.botclientemanager.storage.DocumentStore;
import com.botclientemanager.testing.Browser;
import com.botclientemanager.testing.BrowserAppTest;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.UUID;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A client of the older bot on the clients page: its server is shown and found, a placeholder of its own message that
 * cannot be filled is flagged by name, "Confirmar renovação" renews a client that bot marked paid and records the
 * payment, and the history lists that bot's renewals as imported.
 */
class OlderBotClientsBrowserTest extends BrowserAppTest {

    private static final DateTimeFormatter BR = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    /** The shared build machine can take more than Playwright's 5 s for the first page after the login. */
    @Autowired
    ClientDirectory clients;
    @Autowired
    PaymentService payments;
    @Autowired
    DocumentStore store;

    @Test
    void theOlderBotsPaidClientIsConfirmedWithOneClickAndItsDataIsShown() {
        LocalDate due = LocalDate.now().plusDays(2);
        Client client = clients.save(new Client(UUID.randomUUID().toString(), "Olga Bot Antigo", "5511900007101", "IPTV",
                new BigDecimal("30.00"), due, LocalTime.of(9, 0), LocalTime.of(9, 0), "",
                "Oi {name}, use o cupom {cupom}", LocalDateTime.of(2026, 1, 1, 10, 0), "Completo", "", true, true,
                null, false, "ServidorOlga", PaymentStatus.PAID));
        store.update(Document.CLIENTS, new DocumentChange("Histórico do bot antigo do teste", document -> {
            for (JsonNode node : document.get("clients")) {
                if (client.id().equals(node.path("id").asString())) {
                    ((ObjectNode) node).putArray("renewal_history").addObject().put("date", "2025-11-10T09:12:40.118273")
                            .put("days_added", 30).put("previous_expiration", "2025-11-10")
                            .put("new_expiration", "2025-12-10").put("value", 30.0);
                }
            }
            return document;
        }));

        Page page = browser.newPage("pt-BR", 1280);
        try {
            Browser.login(page, baseUrl(), ADMIN, PASSWORD);
            assertThat(page.locator("vaadin-side-nav")).containsText("Clientes");
            page.navigate(baseUrl() + "/clients");
            page.locator("#clients-search input").fill("servidorolga");
            assertThat(page.locator("#clients-count")).hasText("1 cliente");
            Locator grid = page.locator("#clients-grid");
            assertThat(grid).containsText("IPTV · ServidorOlga");

            Locator warning = page.locator("#clients-grid .placeholder-warning:visible");
            assertThat(warning).hasText("⚠ {cupom}");
            assertThat(warning).hasAttribute("aria-label", java.util.regex.Pattern.compile(".*não pode ser preenchida: \\{cupom}.*"));

            page.waitForTimeout(500); // the lazy search renders the rows once more: click the settled row
            Locator confirm = page.locator("#clients-grid vaadin-button.confirm-renewal:visible");
            assertThat(confirm).hasText("Confirmar renovação");
            confirm.click();
            String renewed = BR.format(due.plusMonths(1));
            assertThat(page.locator("#payment-new-due-date")).hasText("Novo vencimento: " + renewed);
            page.locator("#payment-confirm").click();
            assertThat(page.locator("#payment-recorded")).containsText(renewed);
            assertThat(grid).containsText(renewed);
            assertThat(page.locator("#clients-grid vaadin-button.confirm-renewal:visible")).hasCount(0);
            assertThat(payments.history(client.id())).singleElement()
                    .satisfies(p -> assertThat(p.newDueDate()).isEqualTo(due.plusMonths(1)));
            assertThat(clients.find(client.id()).orElseThrow().paymentStatus()).isEqualTo(PaymentStatus.PENDING);

            page.locator("#clients-grid button.more-menu:visible").first().click();
            page.locator("vaadin-context-menu-item.history-item:visible").click();
            Locator history = page.locator("#payment-history");
            assertThat(history).containsText(renewed);
            assertThat(history).containsText("importado do bot antigo");
            assertThat(history).containsText("10/11/2025 → 10/12/2025");
            assertThat(history).containsText("+30 dias");
            page.locator("#history-close").click();
        } finally {
            page.context().close();
            clients.delete(client.id());
        }
    }
}
