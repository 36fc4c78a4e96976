package com.botclientemanager.clients.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.botclientemanager.clients.Client;
import com.botclientemanager.clients.ClientDirectory;
import com.botclientemanager.storage.Document;
import com.botclientemanager.storage.DocumentChange;
import com.botclientemanager.storage.DocumentStore;
import com.botclientemanager.testing.Browser;
import com.botclientemanager.testing.BrowserAppTest;
import com.botclientemanager.whatsapp.LoggedMessage;
import com.botclientemanager.whatsapp.MessageFilter;
import com.botclientemanager.whatsapp.MessageLog;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.Period;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * "Enviar mensagem" with {pix} while PIX is not set up: the message would read "PIX:" and nothing after it, so the app
 * asks first, names the empty placeholder and links to Configurações > PIX; only "Enviar assim mesmo" sends it.
 */
class EmptyPlaceholdersBrowserTest extends BrowserAppTest {

    @Autowired
    ClientDirectory clients;
    @Autowired
    DocumentStore store;
    @Autowired
    MessageLog log;

    @Test
    void aMessageWithAnEmptyPixAsksFirstAndLinksToThePixSettings() {
        store.update(Document.SETTINGS, new DocumentChange("Remove o PIX do teste", settings -> {
            settings.remove("pix");
            return settings;
        }));
        Client client = clients.save(new Client(UUID.randomUUID().toString(), "Paula Sem Pix", "5511900007001", "IPTV",
                new BigDecimal("35.00"), LocalDate.now().plusDays(10), LocalTime.of(9, 0), LocalTime.of(9, 0), "", "",
                LocalDateTime.of(2026, 1, 1, 10, 0), "Completo", "", true, true, Period.ofMonths(1), false));

        Page page = browser.newPage("pt-BR", 1280);
        try {
            Browser.login(page, baseUrl(), ADMIN, PASSWORD);
            assertThat(page.locator("vaadin-side-nav")).containsText("Clientes");
            page.navigate(baseUrl() + "/clients");
            page.locator("#clients-search input").fill("Paula Sem Pix");
            assertThat(page.locator("#clients-count")).hasText("1 cliente");
            page.locator("#clients-grid button.send-button:visible").first().click();
            page.locator("#send-template").click();
            page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("Texto livre")).click();
            page.locator("#send-text textarea").fill("Oi {nome}! PIX: {pix}");
            page.locator("#send-confirm").click();

            assertThat(page.locator("#send-empty-names")).containsText("{pix}");
            assertThat(page.locator("#send-empty-pix-settings")).hasAttribute("href", "settings#pix-section");
            page.locator("vaadin-confirm-dialog#send-empty-confirm vaadin-button[slot='cancel-button']").click();
            assertThat(page.locator("#send-empty-names")).hasCount(0);
            assertThat(sentTo(client)).as("nothing goes out on Voltar").isEmpty();

            page.locator("#send-confirm").click();
            page.locator("vaadin-confirm-dialog#send-empty-confirm vaadin-button[slot='confirm-button']").click();
            assertThat(page.locator("#send-result")).isVisible();
            assertThat(sentTo(client)).singleElement().satisfies(m -> assertThat(m.text()).isEqualTo("Oi Paula Sem Pix! PIX:"));

            page.locator("#send-open-log").click();
            assertThat(page.locator("h2.page-title")).hasText("Mensagens enviadas");
        } finally {
            page.context().close();
        }
    }

    private List<LoggedMessage> sentTo(Client client) {
        return log.find(MessageFilter.all(), 0, 500).stream().filter(m -> client.id().equals(m.clientId())).toList();
    }
}
