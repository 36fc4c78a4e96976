package com.botclientemanager.clients.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.botclientemanager.clients.ClientForm;
import com.botclientemanager.clients.ClientService;
import com.botclientemanager.clients.ServiceType;
import com.botclientemanager.testing.Browser;
import com.botclientemanager.testing.BrowserAppTest;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.PlaywrightException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Opening the clients page sends its rows to the browser once, already in the layout that fits: cards on a phone,
 * and on a desktop with the side navigation open the phone under the name and the status under the due date. The
 * grid used to send every row a second time when the browser reported its width, and again on each change of fit.
 */
class ClientGridFirstOpenBrowserTest extends BrowserAppTest {

    /** Long overdue, so the default order (most urgent first) puts it in the first rows sent. */
    private static final String NAME = "Quitéria Primeira Abertura";
    private static final String PHONE = "+5511977770123";

    @Autowired
    private ClientService clients;

    @BeforeEach
    void aLongOverdueClient() {
        if (clients.samePhone(PHONE, null).isEmpty()) {
            ClientForm form = clients.newForm();
            form.setName(NAME);
            form.setPhone(PHONE);
            form.setService(ServiceType.IPTV);
            form.setPlanName("Mensal");
            form.setValue(new BigDecimal("35.00"));
            form.setDueDate(LocalDate.now(ZoneId.of("America/Sao_Paulo")).minusYears(3));
            form.setRemindersEnabled(true);
            clients.create(form);
        }
    }

    @Test
    void onAPhoneTheCardsComeWithTheFirstAndOnlySendOfTheRows() {
        Page page = browser.newPage("pt-BR", 390);
        Browser.login(page, baseUrl(), ADMIN, PASSWORD);
        page.locator("vaadin-app-layout").waitFor();
        AtomicInteger sends = countSendsOfTheClient(page);

        page.navigate(baseUrl() + "/clients");
        assertThat(page.locator("#clients-grid .client-card", new Page.LocatorOptions().setHasText(NAME)).first()).isVisible();
        assertThat(page.locator("#clients-grid")).hasAttribute("compact", "");
        page.waitForTimeout(1500); // anything the width report brings back has arrived by now

        assertThat(sends.get()).as("messages from the server carrying the client's row").isEqualTo(1);
        page.context().close();
    }

    @Test
    void onADesktopTheFoldedColumnsComeWithTheFirstAndOnlySendOfTheRows() {
        Page page = browser.newPage("pt-BR", 1280);
        Browser.login(page, baseUrl(), ADMIN, PASSWORD);
        page.locator("vaadin-side-nav").waitFor();
        AtomicInteger sends = countSendsOfTheClient(page);

        page.locator("vaadin-side-nav-item[path$='clients']").click();
        assertThat(page.locator("#clients-grid")).containsText(NAME);
        page.waitForTimeout(1500);

        assertThat(sends.get()).as("messages from the server carrying the client's row").isEqualTo(1);
        // the drawer leaves less room than the wide layout needs: the phone under the name, the status under the due
        // date, no status column
        assertThat(page.locator("#clients-grid .cell-sub:visible", new Page.LocatorOptions().setHasText("97777-0123")))
                .hasCount(1);
        assertThat(page.locator("#clients-grid vaadin-grid-cell-content:visible", new Page.LocatorOptions()
                .setHasText("Situação"))).hasCount(0);

        // a wider window unfolds the grid: status and phone in their own columns, still without sending the rows again
        page.setViewportSize(1920, 900);
        assertThat(page.locator("#clients-grid vaadin-grid-cell-content:visible", new Page.LocatorOptions()
                .setHasText("Situação"))).hasCount(1);
        assertThat(page.locator("#clients-grid .cell-sub:visible", new Page.LocatorOptions().setHasText("97777-0123")))
                .hasCount(0);
        assertThat(page.locator("#clients-grid vaadin-grid-cell-content:visible:text-is('+55 11 97777-0123')")).hasCount(1);
        page.waitForTimeout(1000);
        assertThat(sends.get()).as("messages from the server carrying the client's row").isEqualTo(1);
        page.context().close();
    }

    /** Server responses and push messages (the grid's rows come in either) that hold the client's name. */
    private static AtomicInteger countSendsOfTheClient(Page page) {
        AtomicInteger sends = new AtomicInteger();
        page.onResponse(response -> {
            String type = response.request().resourceType();
            if ("document".equals(type) || "xhr".equals(type) || "fetch".equals(type)) {
                try {
                    if (response.text().contains(NAME)) {
                        sends.incrementAndGet();
                    }
                } catch (PlaywrightException navigatedAway) {
                    // a response to the page left behind (the dashboard's), gone with it: not the clients page
                }
            }
        });
        page.onWebSocket(socket -> socket.onFrameReceived(frame -> {
            if (frame.text() != null && frame.text().contains(NAME)) {
                sends.incrementAndGet();
            }
        }));
        return sends;
    }
}
