package com.botclientemanager.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.botclientemanager.App;
import com.botclientemanager.clients.ClientDirectory;
import com.botclientemanager.clients.PaymentMethod;
import com.botclientemanager.clients.PaymentRequest;
import com.botclientemanager.clients.PaymentService;
import com.botclientemanager.dashboard.DashboardFigures;
import com.botclientemanager.dashboard.DashboardService;
import com.botclientemanager.storage.Document;
import com.botclientemanager.storage.DocumentStore;
import com.botclientemanager.testing.RunningAppTest;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The dashboard's server work with 100k clients and a year of payments (one per client and month: 1.2M payments in 12
 * month files, payments/YYYY-MM.json, 375 MB in all) and two weeks of messages: {@link DashboardService#figures()}
 * (cards and every chart series), warm, median of 15 runs. Also how long loading what a payment needs takes (the list of
 * months and the current month's file), the first figures after that (the 12 months read and indexed), one "Marcar como
 * pago" (only the current month's file is rewritten), the figures right after it, and the median of five more payments
 * (warm).
 */
@Tag(Bench.TAG)
@SpringBootTest(classes = App.class)
@DirtiesContext
class DashboardBench {

    static final int CLIENTS = 100_000;
    static final int MONTHS = 12;
    static final ZoneId ZONE = ZoneId.of("America/Sao_Paulo");
    static final LocalDate TODAY = LocalDate.now(ZONE);
    static Path dataDir;
    static long paymentsBytes;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) throws IOException {
        dataDir = Files.createTempDirectory("bcm-dashboard-bench");
        writeClients(dataDir.resolve("clients.json"));
        paymentsBytes = writePaymentMonths(dataDir.resolve("payments"));
        registry.add("app.data-dir", dataDir::toString);
        registry.add("app.admin.password", () -> RunningAppTest.PASSWORD);
        registry.add("jobrunr.dashboard.enabled", () -> false);
        registry.add("jobrunr.background-job-server.enabled", () -> false);
    }

    @Autowired
    DashboardService dashboard;
    @Autowired
    PaymentService payments;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    DocumentStore store;
    @Autowired
    ClientDirectory clients;

    @Test
    void dashboardFiguresWith100kClientsAndAYearOfPayments() {
        insertMessages();
        long load = System.nanoTime();
        assertThat(store.members(Document.PAYMENTS)).hasSize(MONTHS);
        assertThat(store.read(Document.PAYMENTS.member(YearMonth.from(TODAY).toString())).get("payments").size())
                .isPositive();
        double loadMillis = (System.nanoTime() - load) / 1e6;
        assertThat(clients.count()).isEqualTo(CLIENTS); // the clients' index is built here, not in the first figures
        long start = System.nanoTime();
        DashboardFigures first = dashboard.figures();
        double firstMillis = (System.nanoTime() - start) / 1e6;
        assertThat(first.activeClients()).isEqualTo(CLIENTS - CLIENTS / 10);
        assertThat(first.revenueByMonth().get(10).received()).isPositive();
        assertThat(first.messagesSentToday() + first.messagesFailedToday()).isEqualTo(300);

        for (int i = 0; i < 5; i++) {
            dashboard.figures();
        }
        double[] runs = new double[15];
        for (int i = 0; i < runs.length; i++) {
            long t = System.nanoTime();
            dashboard.figures();
            runs[i] = (System.nanoTime() - t) / 1e6;
        }
        Arrays.sort(runs);

        // one "Marcar como pago": the current month's file is rewritten, so the next figures index that month again
        long paid = System.nanoTime();
        payments.markPaid(clientId(1), new PaymentRequest(TODAY, new BigDecimal("21.90"), PaymentMethod.PIX, null));
        double markPaidMillis = (System.nanoTime() - paid) / 1e6;
        long after = System.nanoTime();
        dashboard.figures();
        double afterPaymentMillis = (System.nanoTime() - after) / 1e6;
        // the first payment after start includes JIT warm-up: five more, each to another client
        double[] warm = new double[5];
        for (int i = 0; i < warm.length; i++) {
            long t = System.nanoTime();
            payments.markPaid(clientId(2 + i * 7919), new PaymentRequest(TODAY, new BigDecimal("21.90"),
                    PaymentMethod.PIX, null));
            warm[i] = (System.nanoTime() - t) / 1e6;
        }
        Arrays.sort(warm);

        Bench.report("dashboard_100k_ms", runs[runs.length / 2], "ms");
        Bench.report("dashboard_first_100k_ms", firstMillis, "ms");
        Bench.report("dashboard_after_payment_100k_ms", afterPaymentMillis, "ms");
        Bench.report("payments_load_1200k_ms", loadMillis, "ms");
        Bench.report("mark_paid_1200k_payments_ms", markPaidMillis, "ms");
        Bench.report("mark_paid_1200k_payments_warm_ms", warm[warm.length / 2], "ms");
        Bench.report("payments_file_1200k_mb", paymentsBytes / 1048576.0, "MB");
    }

    /** 300 messages a day (the default daily cap) over the last 14 days, one in ten failed. */
    private void insertMessages() {
        List<Object[]> rows = new ArrayList<>();
        for (int day = 0; day < 14; day++) {
            Instant noon = TODAY.minusDays(day).atTime(12, 0).atZone(ZONE).toInstant();
            for (int i = 0; i < 300; i++) {
                String status = i % 10 == 0 ? "FAILED" : i % 3 == 0 ? "READ" : "DELIVERED";
                Instant at = noon.plusSeconds(i * 20L);
                rows.add(new Object[] {"bench-" + day + "-" + i, "c" + i, "Cliente " + i, "5511999990000", "before_due",
                        "oi", "OUTBOX", status, at.atOffset(ZoneOffset.UTC), at.atOffset(ZoneOffset.UTC)});
            }
        }
        for (Object[] row : rows) {
            jdbc.sql("INSERT INTO wa_message (reminder_key, client_id, client_name, phone, kind, body, provider, status, "
                    + "attempts, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?)").params(row).update();
        }
    }

    static void writeClients(Path file) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("{\n  \"clients\": [\n");
            for (int i = 0; i < CLIENTS; i++) {
                out.write((i == 0 ? "" : ",\n") + "    {\"id\": \"" + clientId(i) + "\", \"name\": \"Cliente " + i
                        + "\", \"phone\": \"55119" + String.format("%08d", i) + "\", \"plan_type\": \""
                        + (i % 3 == 0 ? "VPN" : i % 7 == 0 ? "Outro" : "IPTV") + "\", \"value\": " + (20 + i % 30)
                        + ".90, \"plan_duration\": \"" + TODAY.plusDays(i % 120 - 60) + "\", \"reminder_time_3days\": "
                        + "\"09:00\", \"reminder_time_payment\": \"10:00\", \"custom_message_3days\": \"\", "
                        + "\"custom_message_payment\": \"\", \"created_at\": \"2025-07-02T17:43:16.412774\", \"active\": "
                        + (i % 10 != 0) + "}");
            }
            out.write("\n  ]\n}\n");
        }
    }

    /** The month files of {@link #writePayments}: each payment in the file of the month it was recorded in. */
    static long writePaymentMonths(Path folder) throws IOException {
        Files.createDirectories(folder);
        long bytes = 0;
        for (int month = MONTHS - 1; month >= 0; month--) {
            Path file = folder.resolve(YearMonth.from(TODAY.minusMonths(month)) + ".json");
            YearMonth recorded = YearMonth.from(TODAY.minusMonths(month));
            try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                // a payment is recorded on its date, a few days before its due date: this month's and next month's dues
                writePayments(out, month, Math.max(0, month - 1), paid -> YearMonth.from(paid).equals(recorded));
            }
            bytes += Files.size(file);
        }
        return bytes;
    }

    /** Each client paid once a month for the last 12 months, as "Marcar como pago" writes it; one in 50 undone. */
    static long writePayments(Path file) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            writePayments(out, MONTHS - 1, 0, paid -> true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Files.size(file);
    }

    /** The payments of the months {@code from} down to {@code to} months ago, as one {"payments": [...]} document. */
    static void writePayments(java.io.Writer out, int from, int to, java.util.function.Predicate<LocalDate> include)
            throws IOException {
        {
            out.write("{\n  \"payments\" : [ ");
            boolean first = true;
            for (int month = from; month >= to; month--) {
                for (int i = 0; i < CLIENTS; i++) {
                    LocalDate due = TODAY.minusMonths(month).withDayOfMonth(1 + i % 28);
                    LocalDate paid = due.minusDays(i % 4);
                    if (paid.isAfter(TODAY) || !include.test(paid)) {
                        continue;
                    }
                    out.write((first ? "" : ", ") + "{\n    \"id\" : \"" + new UUID(month, i) + "\",\n    \"client_id\" : \""
                            + clientId(i) + "\",\n    \"date\" : \"" + paid + "\",\n    \"amount\" : " + (20 + i % 30)
                            + ".90,\n    \"method\" : \"pix\",\n    \"note\" : \"\",\n    \"previous_due_date\" : \"" + due
                            + "\",\n    \"new_due_date\" : \"" + due.plusMonths(1) + "\",\n    \"created_at\" : \""
                            + paid + "T10:15:30.123456\"" + ((i + month) % 50 == 0 ? ",\n    \"undone\" : true" : "")
                            + "\n  }");
                    first = false;
                }
            }
            out.write(" ]\n}\n");
        }
    }

    static String clientId(int i) {
        return new UUID(0x5eed, i).toString();
    }
}
