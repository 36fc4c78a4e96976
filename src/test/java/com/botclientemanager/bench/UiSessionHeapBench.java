package com.botclientemanager.bench;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.botclientemanager.clients.Client;
import com.botclientemanager.clients.ClientDirectory;
import com.botclientemanager.testing.Browser;
import com.botclientemanager.testing.BrowserAppTest;
import com.google.gson.JsonObject;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import java.lang.management.ManagementFactory;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.Period;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Heap each open UI session keeps on the server: real logged-in Chromium contexts that open the dashboard, then the
 * clients page (1k clients) and search it, and stay open. The app runs in this JVM, so the heap used after full GCs is
 * measured before and after opening the sessions; one session is opened first so the classes and caches every session
 * shares are not counted.
 */
@Tag(Bench.TAG)
class UiSessionHeapBench extends BrowserAppTest {

    private static final int SESSIONS = 20;
    private static final int CLIENTS = 1_000;

    @Autowired
    private ClientDirectory clients;

    @Test
    void retainedHeapPerOpenUiSession() throws InterruptedException {
        // generous: on a busy 2-core machine 20 open Chromium pages slow every page down
        PlaywrightAssertions.setDefaultAssertionTimeout(120_000);
        seedClients();
        List<Page> pages = new ArrayList<>();
        pages.add(openSession());
        long before = usedHeapAfterGc();
        for (int i = 0; i < SESSIONS; i++) {
            pages.add(openSession());
        }
        long after = usedHeapAfterGc();
        Bench.report("heap_per_ui_session_kb", (after - before) / 1024.0 / SESSIONS, "KB");
        for (Page page : pages) {
            lifecycle(page, "active");
            // each UI is still alive on the server: clearing the search is a round trip that re-renders the count
            page.locator("#clients-search input").fill("");
            assertThat(page.locator("#clients-count")).hasText("1.000 clientes");
        }
        pages.forEach(page -> page.context().close());
    }

    private Page openSession() {
        Page page = browser.newPage("pt-BR", 1280);
        page.setDefaultTimeout(120_000);
        Browser.login(page, baseUrl(), ADMIN, PASSWORD);
        page.locator("#card-overdue").waitFor();
        page.locator("vaadin-side-nav-item[path$='clients']").click();
        assertThat(page.locator("#clients-count")).hasText("1.000 clientes");
        page.locator("#clients-search input").fill("conceicao 12");
        assertThat(page.locator("#clients-count")).not().hasText("1.000 clientes");
        // an open tab in the background: its scripts stop using CPU, its UI stays on the server
        lifecycle(page, "frozen");
        return page;
    }

    private static void lifecycle(Page page, String state) {
        JsonObject params = new JsonObject();
        params.addProperty("state", state);
        page.context().newCDPSession(page).send("Page.setWebLifecycleState", params);
    }

    private void seedClients() {
        LocalDate today = LocalDate.now(ZoneId.of("America/Sao_Paulo"));
        List<Client> seed = new ArrayList<>();
        for (int i = 0; i < CLIENTS; i++) {
            seed.add(new Client("heap-" + i, "Cliente " + i + (i % 3 == 0 ? " João" : " Conceição"),
                    "55119" + (80_000_000 + i), i % 2 == 0 ? "IPTV" : "VPN", new BigDecimal("29.90"),
                    today.plusDays(i % 60 - 20), LocalTime.of(9, 0), LocalTime.of(10, 0), "", "",
                    LocalDateTime.of(2025, 1, 1, 10, 0), "Completo", "", true, true, Period.ofMonths(1), false));
        }
        clients.saveAll(seed);
    }

    private static long usedHeapAfterGc() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(300);
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
