package com.botclientemanager.bench;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.botclientemanager.clients.Client;
import com.botclientemanager.clients.ClientDirectory;
import com.botclientemanager.testing.Browser;
import com.botclientemanager.testing.BrowserAppTest;
import com.botclientemanager.whatsapp.MessagingService;
import com.botclientemanager.whatsapp.SendRequest;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.microsoft.playwright.CDPSession;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.Period;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Browser CPU each main page costs when it is opened from the side navigation: Chromium's own counters
 * ({@code Performance.getMetrics} over CDP) from the click to the page's content shown and the renderer idle again.
 * 2000 clients and 100 sent messages, one logged-in desktop tab (1280 px), every page opened {@value #ROUNDS} times after one untimed round;
 * the median per page, and the clients page against the next heaviest.
 */
@Tag(Bench.TAG)
class PageCpuBench extends BrowserAppTest {

    private static final int CLIENTS = 2_000;
    private static final int MESSAGES = 100;
    private static final int ROUNDS = 7;
    private static final String[] SPLIT = {"TaskDuration", "ScriptDuration", "LayoutDuration", "RecalcStyleDuration",
        "LayoutCount", "RecalcStyleCount"};

    /** Page name, its side-navigation path, and what is on screen once it is shown. */
    private static final Map<String, String[]> PAGES = new LinkedHashMap<>();

    static {
        PAGES.put("dashboard", new String[] {"", "#card-overdue"});
        PAGES.put("clients", new String[] {"clients", "#clients-grid vaadin-grid-cell-content:has-text('Cliente')"});
        PAGES.put("messages", new String[] {"messages", "#messages-grid"});
        PAGES.put("templates", new String[] {"templates", "#templates-list"});
        PAGES.put("settings", new String[] {"settings", "#pix-section"});
        PAGES.put("whatsapp", new String[] {"whatsapp", "#sending-section"});
    }

    @Autowired
    private ClientDirectory clients;
    @Autowired
    private MessagingService messaging;

    @Test
    void browserCpuPerPage() throws InterruptedException {
        PlaywrightAssertions.setDefaultAssertionTimeout(60_000);
        seedClients();
        for (int i = 0; i < MESSAGES; i++) {
            messaging.send(SendRequest.text(null, "Cliente " + i, "55119" + (70_000_000 + i), i % 2 == 0 ? "before_due" : "manual",
                    "Olá Cliente " + i + ", seu plano vence amanhã. Valor R$ 29,90. Responda esta mensagem se já pagou.", null));
        }
        Page page = browser.newPage("pt-BR", 1280);
        page.setDefaultTimeout(60_000);
        Browser.login(page, baseUrl(), ADMIN, PASSWORD);
        page.locator("#card-overdue").waitFor();
        CDPSession cdp = page.context().newCDPSession(page);
        // durations in the renderer's own CPU time, not wall time: other processes on a busy machine do not count
        JsonObject threadTime = new JsonObject();
        threadTime.addProperty("timeDomain", "threadTicks");
        cdp.send("Performance.enable", threadTime);

        Map<String, List<Map<String, Double>>> samples = new LinkedHashMap<>();
        PAGES.keySet().forEach(name -> samples.put(name, new ArrayList<>()));
        for (int round = 0; round <= ROUNDS; round++) {
            for (Map.Entry<String, String[]> entry : PAGES.entrySet()) {
                Map<String, Double> cost = open(page, cdp, entry.getValue()[0], entry.getValue()[1]);
                if (round > 0) {
                    samples.get(entry.getKey()).add(cost);
                }
            }
        }

        Map<String, Double> medians = new LinkedHashMap<>();
        samples.forEach((name, costs) -> {
            medians.put(name, median(costs, "TaskDuration"));
            Bench.report("browser_cpu_" + name + "_ms", medians.get(name), "ms");
            StringBuilder split = new StringBuilder("  " + name + " median:");
            for (String metric : SPLIT) {
                split.append(String.format(Locale.ROOT, " %s %.0f", metric.replace("Duration", "_ms"), median(costs, metric)));
            }
            System.out.println(split);
        });
        double nextHeaviest = medians.entrySet().stream().filter(e -> !e.getKey().equals("clients"))
                .mapToDouble(Map.Entry::getValue).max().orElseThrow();
        Bench.report("browser_cpu_clients_vs_next", medians.get("clients") / nextHeaviest, "x");
        page.context().close();
    }

    /** Clicks the page's side-navigation item; the CPU spent until its content shows and the renderer is idle. */
    private static Map<String, Double> open(Page page, CDPSession cdp, String path, String content)
            throws InterruptedException {
        settle(cdp);
        Map<String, Double> before = metrics(cdp);
        (path.isEmpty() ? page.locator("vaadin-side-nav-item").first()
                : page.locator("vaadin-side-nav-item[path$='" + path + "']")).click();
        assertThat(page.locator(content).first()).isVisible();
        Map<String, Double> after = settle(cdp);
        Map<String, Double> cost = new HashMap<>();
        for (String metric : SPLIT) {
            double delta = after.get(metric) - before.get(metric);
            cost.put(metric, metric.endsWith("Count") ? delta : delta * 1000);
        }
        return cost;
    }

    /** Waits until the renderer spent under 5 ms in 400 ms (at most 10 s); its counters then. */
    private static Map<String, Double> settle(CDPSession cdp) throws InterruptedException {
        Map<String, Double> last = metrics(cdp);
        for (int i = 0; i < 25; i++) {
            Thread.sleep(400);
            Map<String, Double> now = metrics(cdp);
            if (now.get("TaskDuration") - last.get("TaskDuration") < 0.005) {
                return now;
            }
            last = now;
        }
        return last;
    }

    private static Map<String, Double> metrics(CDPSession cdp) {
        Map<String, Double> values = new HashMap<>();
        for (JsonElement metric : cdp.send("Performance.getMetrics").getAsJsonArray("metrics")) {
            JsonObject m = metric.getAsJsonObject();
            values.put(m.get("name").getAsString(), m.get("value").getAsDouble());
        }
        return values;
    }

    private static double median(List<Map<String, Double>> costs, String metric) {
        double[] values = costs.stream().mapToDouble(c -> c.get(metric)).sorted().toArray();
        return values.length % 2 == 1 ? values[values.length / 2]
                : (values[values.length / 2 - 1] + values[values.length / 2]) / 2;
    }

    private void seedClients() {
        LocalDate today = LocalDate.now(ZoneId.of("America/Sao_Paulo"));
        List<Client> seed = new ArrayList<>();
        for (int i = 0; i < CLIENTS; i++) {
            seed.add(new Client("cpu-" + i, "Cliente " + i + (i % 3 == 0 ? " João" : " Conceição da Silva"),
                    "55119" + (70_000_000 + i), i % 2 == 0 ? "IPTV" : "VPN", new BigDecimal("29.90"),
                    today.plusDays(i % 60 - 20), LocalTime.of(9, 0), LocalTime.of(10, 0), "", "",
                    LocalDateTime.of(2025, 1, 1, 10, 0), i % 4 == 0 ? "" : "Completo " + (i % 7), "", i % 10 != 0, true,
                    Period.ofMonths(1), false));
        }
        clients.saveAll(seed);
    }
}
