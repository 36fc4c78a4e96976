package com.botclientemanager.clients.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.botclientemanager.testing.Browser;
import com.botclientemanager.testing.BrowserAppTest;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.Test;

/** The client screen in a real headless Chromium: create, search, edit, mark as paid, plain-text names, phone cards. */
class ClientsBrowserTest extends BrowserAppTest {

    private static final DateTimeFormatter BR = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final String NAME = "Zé <b>Negrito</b> <img src=x onerror=alert(1)>";
    @Test
    void createFindEditAndRenewAClientWhoseNameHoldsMarkup() {
        LocalDate due = LocalDate.now(ZoneId.of("America/Sao_Paulo")).plusDays(10);
        Page page = browser.newPage("pt-BR", 1280);
        Browser.login(page, baseUrl(), ADMIN, PASSWORD);
        assertThat(page.locator("vaadin-side-nav")).containsText("Clientes");
        page.navigate(baseUrl() + "/clients");
        assertThat(page.locator("#clients-search input")).hasAttribute("placeholder", "Buscar por nome, telefone ou plano");

        page.locator("#new-client").click();
        page.locator("#client-save").click();
        assertThat(page.locator("vaadin-text-field#client-name")).containsText("Informe o nome do cliente.");
        page.locator("vaadin-text-field#client-name input").fill(NAME);
        page.locator("vaadin-text-field#client-phone input").fill("123");
        page.locator("vaadin-text-field#client-phone input").press("Tab");
        assertThat(page.locator("vaadin-text-field#client-phone")).containsText("Informe um número de WhatsApp válido, com DDD.");
        page.locator("vaadin-text-field#client-phone input").fill("(11) 99988-7766");
        page.locator("vaadin-text-field#client-plan input").fill("Completo");
        page.locator("vaadin-text-field#client-value input").fill("29,90");
        page.locator("vaadin-date-picker#client-due-date input").fill(BR.format(due));
        page.locator("vaadin-date-picker#client-due-date input").press("Enter");
        // under load the calendar can still be open and would take the next click
        assertThat(page.locator("vaadin-date-picker#client-due-date")).not().hasAttribute("opened", "");
        page.locator("#client-save").click();
        assertThat(page.locator("vaadin-dialog#client-form-dialog, #client-save")).hasCount(0);

        page.locator("#clients-search input").fill("ze NEGRITO");
        assertThat(page.locator("#clients-count")).hasText("1 cliente");
        Locator grid = page.locator("#clients-grid");
        assertThat(grid).containsText(NAME);
        assertThat(grid).containsText("+55 11 99988-7766");
        assertThat(grid).containsText("R$ 29,90");
        assertThat(grid).containsText(BR.format(due));
        assertThat(grid).containsText("ativo");
        assertThat(page.locator("#clients-grid b, #clients-grid img")).hasCount(0);

        // the lazy search re-renders the rows once more after the count changed: click the settled row
        page.waitForTimeout(500);
        page.locator("#clients-grid button.edit-button:visible").first().click();
        assertThat(page.locator("vaadin-text-field#client-phone input")).hasValue("+55 11 99988-7766");
        page.locator("vaadin-text-field#client-plan input").fill("Premium 4 telas");
        page.locator("#client-save").click();
        assertThat(grid).containsText("Premium 4 telas");

        page.locator("#clients-grid button.pay-button:visible").first().click();
        String renewed = BR.format(due.plusMonths(1));
        assertThat(page.locator("#payment-new-due-date")).hasText("Novo vencimento: " + renewed);
        assertThat(page.locator("vaadin-text-field#payment-amount input")).hasValue("29,90");
        page.locator("#payment-confirm").click();
        assertThat(page.locator("#payment-recorded")).containsText(renewed);
        assertThat(grid).containsText(renewed);
        assertThat(page.locator("#payment-recorded b")).hasCount(0);

        page.locator("#chip-overdue").click();
        assertThat(page.locator("#clients-count")).hasText("Nenhum cliente");
        page.locator("#chip-all").click();
        assertThat(page.locator("#clients-count")).hasText("1 cliente");

        // the row's menu: Histórico shows the payment; Excluir asks first and can be undone
        page.locator("#clients-grid button.more-menu:visible").first().click();
        page.locator("vaadin-context-menu-item.history-item:visible").click();
        assertThat(page.locator("#payment-history")).containsText(renewed);
        page.locator("#history-close").click(); // not Escape: the key is lost while focus is still on the closed menu
        assertThat(page.locator("#payment-history")).hasCount(0);
        page.locator("#clients-grid button.more-menu:visible").first().click();
        page.locator("vaadin-context-menu-item.delete-item:visible").click();
        page.locator("vaadin-button[slot='confirm-button']:visible").click();
        assertThat(page.locator("#clients-count")).hasText("Nenhum cliente");
        page.locator("#undo-delete").click();
        assertThat(page.locator("#clients-count")).hasText("1 cliente");
        assertThat(grid).containsText("Premium 4 telas");
        page.context().close();
    }

    @Test
    void theClientsOwnMessageIsPreviewedWhileTypingAndSendNowShowsUpInTheMessageLog() {
        Page page = browser.newPage("pt-BR", 1280);
        Browser.login(page, baseUrl(), ADMIN, PASSWORD);
        assertThat(page.locator("vaadin-side-nav")).hasCount(1);
        page.navigate(baseUrl() + "/clients");
        page.locator("#new-client").click();
        page.locator("vaadin-text-field#client-name input").fill("Paula Prévia");
        page.locator("vaadin-text-field#client-phone input").fill("(21) 98877-1122");
        page.locator("vaadin-text-field#client-plan input").fill("Família");
        page.locator("vaadin-text-field#client-value input").fill("40,00");
        page.locator("vaadin-date-picker#client-due-date input").fill("15/03/2031");
        page.locator("vaadin-date-picker#client-due-date input").press("Enter");
        // under load the calendar can still be open and would take the next click
        assertThat(page.locator("vaadin-date-picker#client-due-date")).not().hasAttribute("opened", "");
        // below the fold of the dialog's scroller: open the section without a pointer
        page.locator("#client-messages-section vaadin-details-summary").dispatchEvent("click");
        page.locator("vaadin-text-area#client-message-before-due textarea")
                .pressSequentially("Oi {nome}! Plano {plano} vence {vencimento}. {cupom}");
        Locator preview = page.locator("#client-message-before-due-preview");
        assertThat(preview).containsText("Oi Paula Prévia! Plano Família vence 15/03/2031.");
        assertThat(page.locator("#client-message-before-due-preview-unknown")).containsText("{cupom}");
        // the preview follows the other fields too, before anything is saved
        page.locator("vaadin-text-field#client-name input").fill("Paula Nova");
        page.locator("vaadin-text-field#client-name input").press("Tab");
        assertThat(preview).containsText("Oi Paula Nova!");
        page.locator("#client-save").click();
        assertThat(page.locator("#client-save")).hasCount(0);

        page.locator("#clients-search input").fill("paula nova");
        assertThat(page.locator("#clients-count")).hasText("1 cliente");
        page.waitForTimeout(500);
        page.locator("#clients-grid button.send-button:visible").first().click();
        assertThat(page.locator("#send-recipients")).hasText("Para Paula Nova");
        page.locator("vaadin-select#send-template").click();
        page.locator("vaadin-select-item[role=option]:has-text('Texto livre')").click();
        page.locator("vaadin-text-area#send-text textarea").fill("Aviso avulso para {nome}: manutenção hoje.");
        assertThat(page.locator("#send-preview")).containsText("Aviso avulso para Paula Nova: manutenção hoje.");
        page.locator("#send-confirm").click();
        assertThat(page.locator("#send-result")).containsText("Enviadas: 1");

        page.navigate(baseUrl() + "/messages");
        Locator log = page.locator("#messages-grid");
        var slowPage = new com.microsoft.playwright.assertions.LocatorAssertions.ContainsTextOptions().setTimeout(20_000);
        assertThat(log).containsText("Aviso avulso para Paula Nova", slowPage);
        assertThat(log).containsText("Paula Nova");
        assertThat(log).containsText("Avulsa");
        page.context().close();
    }

    @Test
    void onAPhoneEachClientIsACardWithATappableWhatsAppLink() {
        Page page = browser.newPage("en-US", 390);
        Browser.login(page, baseUrl(), ADMIN, PASSWORD);
        assertThat(page.locator("vaadin-side-nav")).hasCount(1);
        page.navigate(baseUrl() + "/clients");
        page.locator("#new-client").click();
        page.locator("vaadin-text-field#client-name input").fill("Phone Card Person");
        page.locator("vaadin-text-field#client-phone input").fill("+55 21 98877-6655");
        page.locator("vaadin-text-field#client-value input").fill("35.50");
        page.locator("vaadin-date-picker#client-due-date input").fill("12/31/2030");
        page.locator("vaadin-date-picker#client-due-date input").press("Enter");
        // under load the calendar can still be open and would take the next click
        assertThat(page.locator("vaadin-date-picker#client-due-date")).not().hasAttribute("opened", "");
        page.locator("#client-save").click();
        assertThat(page.locator("#client-save")).hasCount(0);

        page.locator("#clients-search input").fill("phone card");
        Locator card = page.locator(".client-card:visible");
        assertThat(card).hasCount(1);
        assertThat(card).containsText("Phone Card Person");
        assertThat(card).containsText("R$35.50");
        assertThat(card.locator("a.card-phone")).hasAttribute("href", "https://wa.me/5521988776655");
        assertThat(card.locator("vaadin-button.pay-button")).isVisible();
        assertThat(page.locator("#clients-count")).hasText("1 client");
        assertThat(card.boundingBox().width).isLessThanOrEqualTo(390);

        // the payment history fits the phone: one cell per payment, the due dates moved included
        card.locator("vaadin-button.pay-button").click();
        page.locator("#payment-confirm").click();
        assertThat(page.locator("#payment-recorded")).containsText("Jan 31, 2031");
        page.locator("button.more-menu:visible, vaadin-button.more-menu:visible").first().click();
        page.locator("vaadin-context-menu-item.history-item:visible").click();
        Locator payment = page.locator("#payment-history .history-phone-row");
        assertThat(payment).hasCount(1);
        assertThat(payment).containsText("R$35.50");
        assertThat(payment).containsText("Dec 31, 2030 → Jan 31, 2031");
        assertThat(payment.boundingBox().x + payment.boundingBox().width).isLessThanOrEqualTo(390);
        page.context().close();
    }

    @Test
    void importPreviewsEveryRowAndStoresOnlyTheValidOnesWhenAsked() {
        StringBuilder csv = new StringBuilder("\uFEFFnome;telefone;valor;vencimento;observacoes\n");
        csv.append("Importada Boa;(11) 97777-1234;1.234,56;10/01/2031;ok\n");
        csv.append("Importada Ruim;123;30;10/01/2031;\n");
        // blank rows (skipped) make the upload larger than the servlet default 1 MB multipart limit
        String padding = " ".repeat(1900);
        for (int i = 0; i < 1200; i++) {
            csv.append(";;;;").append(padding).append('\n');
        }
        Page page = browser.newPage("pt-BR", 1280);
        Browser.login(page, baseUrl(), ADMIN, PASSWORD);
        assertThat(page.locator("vaadin-side-nav")).hasCount(1);
        page.navigate(baseUrl() + "/clients");
        page.locator("#import-open").click();
        page.locator("#import-upload input[type=file]").setInputFiles(new com.microsoft.playwright.options.FilePayload(
                "clientes.csv", "text/csv", csv.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        assertThat(page.locator("#import-summary")).hasText("1 novos, 0 atualizações, 1 com erro.");
        assertThat(page.locator("#import-preview")).containsText("Telefone inválido: 123");
        assertThat(page.locator("#import-confirm")).isDisabled();
        page.locator("#import-confirm-valid").click();
        page.locator("#clients-search input").fill("importada");
        assertThat(page.locator("#clients-count")).hasText("1 cliente");
        assertThat(page.locator("#clients-grid")).containsText("R$ 1.234,56");
        page.context().close();
    }
}
