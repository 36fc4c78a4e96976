package com.botclientemanager.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.botclientemanager.App;
import com.botclientemanager.clients.ClientDirectory;
import com.botclientemanager.reports.ReportFigures;
import com.botclientemanager.reports.ReportFilter;
import com.botclientemanager.reports.ReportService;
import com.botclientemanager.testing.RunningAppTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The reports page's server work with 100k clients and 1.2M payments in 12 month files (the data of
 * {@link DashboardBench}): {@link ReportService#figures} for the last 12 months, all services and plans, warm, median of
 * 15 runs after 5 warm-up runs. Also the first figures (every month file turned into columns) and the 24-month and
 * one-service reports.
 */
@Tag(Bench.TAG)
@SpringBootTest(classes = App.class)
@DirtiesContext
class ReportsBench {

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) throws IOException {
        Path dataDir = Files.createTempDirectory("bcm-reports-bench");
        DashboardBench.writeClients(dataDir.resolve("clients.json"));
        DashboardBench.writePaymentMonths(dataDir.resolve("payments"));
        registry.add("app.data-dir", dataDir::toString);
        registry.add("app.admin.password", () -> RunningAppTest.PASSWORD);
        registry.add("jobrunr.dashboard.enabled", () -> false);
        registry.add("jobrunr.background-job-server.enabled", () -> false);
    }

    @Autowired
    ReportService reports;
    @Autowired
    ClientDirectory clients;

    @Test
    void reportFiguresWith100kClientsAndAYearOfPayments() {
        assertThat(clients.count()).isEqualTo(DashboardBench.CLIENTS);
        long start = System.nanoTime();
        ReportFigures first = reports.figures(ReportFilter.lastYear());
        double firstMillis = (System.nanoTime() - start) / 1e6;
        assertThat(first.renewals()).isGreaterThan(1_000_000);
        assertThat(first.months().get(10).renewalRate()).isNotNull();

        for (int i = 0; i < 5; i++) {
            reports.figures(ReportFilter.lastYear());
        }
        double[] runs = new double[15];
        for (int i = 0; i < runs.length; i++) {
            long t = System.nanoTime();
            reports.figures(ReportFilter.lastYear());
            runs[i] = (System.nanoTime() - t) / 1e6;
        }
        Arrays.sort(runs);
        double twoYears = Bench.bestMillis(2, 5, () -> reports.figures(new ReportFilter(24, null, null)));
        double vpn = Bench.bestMillis(2, 5, () -> reports.figures(ReportFilter.lastYear().withService("VPN")));

        Bench.report("reports_100k_ms", runs[runs.length / 2], "ms");
        Bench.report("reports_first_100k_ms", firstMillis, "ms");
        Bench.report("reports_24_months_100k_best_ms", twoYears, "ms");
        Bench.report("reports_vpn_100k_best_ms", vpn, "ms");
    }
}
