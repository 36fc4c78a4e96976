package com.botclientemanager.whatsapp.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.botclientemanager.testing.Browser;
import com.botclientemanager.testing.BrowserAppTest;
import com.botclientemanager.whatsapp.MessageFilter;
import com.botclientemanager.whatsapp.MessageKind;
import com.botclientemanager.whatsapp.MessageLog;
import com.botclientemanager.whatsapp.MessagingService;
import com.botclientemanager.whatsapp.SendRequest;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.WaitForSelectorState;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * In Chromium, the sent-messages page: at 1280 px the total is shown, the kind filter narrows the list and the count,
 * and the text column has the free width; at 390 px each message is a card, the filters fold behind one button and
 * nothing overflows the screen.
 */
class MessagesPageBrowserTest extends BrowserAppTest {

    /** Logged in: the shell is on the page (on a phone its navigation sits in the closed drawer, so not visible). */
    private static final Locator.WaitForOptions SHELL_LOADED =
            new Locator.WaitForOptions().setState(WaitForSelectorState.ATTACHED);

    private static final String LONG_TEXT = "Oi, Maria! Passando para lembrar que seu plano vence em breve. Valor: R$ 35,50."
            + " Para renovar, é só pagar pelo PIX abaixo e me mandar o comprovante. Qualquer dúvida, é só chamar aqui.";

    @Autowired
    MessagingService messaging;
    @Autowired
    MessageLog log;

    @BeforeEach
    void someMessagesOfEachKind() {
        if (log.count(new MessageFilter(Set.of(), null, null, "Tipos Mensagens", null, null)) > 0) {
            return;
        }
        messaging.send(SendRequest.text(null, "Tipos Mensagens Lembrete", "5511912340011", "before_due", LONG_TEXT, null));
        messaging.send(SendRequest.text(null, "Tipos Mensagens Avulsa", "5511912340012", "manual", "Oi, tudo bem?", null));
        messaging.send(SendRequest.text(null, "Tipos Mensagens Confirmação", "5511912340013", "confirmation",
                "Pagamento recebido!", null));
    }

    @Test
    void onADesktopTheKindFilterNarrowsTheListAndTheTextHasTheFreeWidth() {
        int all = log.count(MessageFilter.all());
        int confirmations = log.count(new MessageFilter(Set.of(), null, null, null, null, log.zone(),
                Set.of(MessageKind.CONFIRMATION)));
        Page page = browser.newPage("pt-BR", 1280);
        try {
            Browser.login(page, baseUrl(), ADMIN, PASSWORD);
            page.locator("vaadin-side-nav").waitFor(SHELL_LOADED);
            page.navigate(baseUrl() + "/messages");
            assertThat(page.locator("#messages-count")).hasText(all + " mensagens");
            assertThat(page.locator("#filters-toggle")).isHidden();
            assertThat(page.locator("#messages-filters")).isVisible();

            // the text column's header is wider than 400 px: the free width went to it (waits for the grid's layout)
            page.waitForFunction("() => { const c = [...document.querySelectorAll('#messages-grid "
                    + "vaadin-grid-cell-content')].find(c => c.textContent.trim() === 'Mensagem');"
                    + " return c && c.getBoundingClientRect().width > 400; }", null,
                    new Page.WaitForFunctionOptions().setTimeout(10_000));
            assertThat(page.locator("#messages-grid .message-kind").first()).isVisible();

            page.locator("#filter-kind input").click();
            page.locator("vaadin-multi-select-combo-box-item").filter(new Locator.FilterOptions()
                    .setHasText("Confirmações de pagamento")).click();
            page.keyboard().press("Escape");
            Locator shown = page.locator("#messages-grid .message-client:visible");
            assertThat(shown).hasCount(confirmations);
            assertThat(shown.filter(new Locator.FilterOptions().setHasText("Tipos Mensagens Confirmação"))).hasCount(1);
            assertThat(shown.filter(new Locator.FilterOptions().setHasText("Tipos Mensagens Avulsa"))).hasCount(0);
            assertThat(page.locator("#messages-count")).hasText(
                    confirmations == 1 ? "1 mensagem" : confirmations + " mensagens");
            assertThat(page.locator("#filter-clear")).isVisible();
        } finally {
            page.context().close();
        }
    }

    @Test
    void onAPhoneMessagesAreCardsAndTheFiltersFoldBehindOneButton() {
        Page page = browser.newPage("pt-BR", 390);
        try {
            Browser.login(page, baseUrl(), ADMIN, PASSWORD);
            page.locator("vaadin-side-nav").waitFor(SHELL_LOADED);
            page.navigate(baseUrl() + "/messages");
            assertThat(page.locator(".message-card").first()).isVisible();
            assertThat(page.locator("#messages-grid .message-card")).not().hasCount(0);
            assertThat(page.locator("#messages-filters")).isHidden();
            assertThat(page.locator("#filters-toggle")).hasText("Filtros");
            assertThat(page.locator("#messages-count")).containsText("mensagens");

            page.locator("#filters-toggle").click();
            assertThat(page.locator("#messages-filters")).isVisible();
            assertThat(page.locator("#filter-kind")).isVisible();
            page.locator("vaadin-text-field#filter-client input").fill("Tipos Mensagens Avulsa");
            assertThat(page.locator("#filters-toggle")).hasText("Filtros (1)");
            assertThat(page.locator(".message-card:visible")).hasCount(1);
            assertThat(page.locator(".message-card:visible")).containsText("Oi, tudo bem?");

            Object width = page.evaluate("() => document.documentElement.scrollWidth");
            assertThat(((Number) width).intValue()).isLessThanOrEqualTo(390);
            var toggle = page.locator("#filters-toggle").boundingBox();
            assertThat(toggle.x + toggle.width).isLessThanOrEqualTo(390);
        } finally {
            page.context().close();
        }
    }
}
