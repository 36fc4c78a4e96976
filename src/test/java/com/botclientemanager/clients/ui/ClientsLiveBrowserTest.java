package com.botclientemanager.clients.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.botclientemanager.clients.Client;
import com.botclientemanager.clients.ClientDirectory;
import com.botclientemanager.testing.Browser;
import com.botclientemanager.testing.BrowserAppTest;
import com.microsoft.playwright.Page;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * In a real headless Chromium: clients changed elsewhere (an import, another tab, the reminders) show up on an open
 * clients page without a reload, and a burst of changes reaches it as a few pushes, not one per change.
 */
class ClientsLiveBrowserTest extends BrowserAppTest {

    private static final int BURST = 30;

    @Autowired
    private ClientDirectory directory;

    @Test
    void aBurstOfClientChangesReachesAnOpenClientsPageAtMostOnceASecond() throws Exception {
        Page page = browser.newPage("pt-BR", 1280);
        AtomicInteger pushes = new AtomicInteger();
        page.onWebSocket(socket -> socket.onFrameReceived(frame -> pushes.incrementAndGet()));
        try {
            Browser.login(page, baseUrl(), ADMIN, PASSWORD);
            assertThat(page.locator("vaadin-side-nav")).containsText("Clientes");
            page.navigate(baseUrl() + "/clients");
            page.locator("vaadin-text-field#clients-search input").fill("Rajada");
            assertThat(page.locator("#clients-count")).containsText("Nenhum cliente");
            Thread.sleep(1500); // the search's own round trip is over; from here on only pushes arrive
            pushes.set(0);

            long start = System.nanoTime();
            for (int i = 1; i <= BURST; i++) {
                directory.save(client("rajada-" + i, "Rajada " + i));
            }
            double seconds = (System.nanoTime() - start) / 1e9;

            assertThat(page.locator("#clients-count")).containsText(String.valueOf(BURST));
            Thread.sleep(1500); // anything still on its way
            // the first change at once, then at most one batch a second while the burst lasts, and the remainder
            assertThat(pushes.get()).as("pushes for %d changes in %.2f s", BURST, seconds)
                    .isLessThanOrEqualTo((int) Math.ceil(seconds) + 2);
        } finally {
            page.context().close();
            for (int i = 1; i <= BURST; i++) {
                directory.delete("rajada-" + i);
            }
        }
    }

    private static Client client(String id, String name) {
        LocalTime nine = LocalTime.of(9, 0);
        return new Client(id, name, "5511987650000", "IPTV", new BigDecimal("35.00"), LocalDate.now().plusDays(20),
                nine, nine, "", "", LocalDateTime.now(), "Mensal", null, true, true, null, false);
    }
}
