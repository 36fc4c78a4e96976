package com.botclientemanager.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.botclientemanager.clients.Client;
import com.botclientemanager.clients.ClientDirectory;
import com.botclientemanager.storage.DataDirectory;
import com.botclientemanager.storage.Document;
import com.botclientemanager.storage.StorageProperties;
import com.botclientemanager.storage.internal.DocumentJson;
import com.botclientemanager.storage.internal.FakeGitHub;
import com.botclientemanager.storage.internal.GitHubDocumentStore;
import com.botclientemanager.storage.internal.LocalDocumentStore;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.time.YearMonth;
import com.botclientemanager.clients.Payment;
import com.botclientemanager.clients.PaymentMethod;
import com.botclientemanager.clients.internal.PaymentsDocument;
import com.botclientemanager.storage.DocumentChange;
import java.util.UUID;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Loading and indexing 100k clients from a seed-format clients.json; PUTs for 100 edits in 10 s on GitHub. */
@Tag(Bench.TAG)
class StorageBench {

    @TempDir
    Path dataDir;

    static String seedFile(int clients) {
        StringBuilder json = new StringBuilder(clients * 420).append("{\n  \"clients\": [\n");
        LocalDate start = LocalDate.of(2025, 1, 1);
        for (int i = 0; i < clients; i++) {
            json.append(i == 0 ? "" : ",\n").append("    {\"id\": \"").append(new UUID(0x5eed, i))
                    .append("\", \"name\": \"Cliente ").append(i).append(i % 3 == 0 ? " João" : " Conceição")
                    .append("\", \"phone\": \"55119").append(String.format("%08d", i))
                    .append("\", \"plan_type\": \"").append(i % 2 == 0 ? "IPTV" : "VPN")
                    .append("\", \"value\": ").append(20 + i % 30).append(".90")
                    .append(", \"plan_duration\": \"").append(start.plusDays(i % 365))
                    .append("\", \"reminder_time_3days\": \"09:00\", \"reminder_time_payment\": \"10:00\"")
                    .append(", \"custom_message_3days\": \"Olá {name}! 👋\\r\\nSeu plano vence em {expires_at}\"")
                    .append(", \"custom_message_payment\": \"\", \"created_at\": \"2025-07-02T17:43:16.412774\"}");
        }
        return json.append("\n  ]\n}\n").toString();
    }

    @Test
    void loadAndIndex100kClients() throws Exception {
        byte[] file = seedFile(100_000).getBytes(StandardCharsets.UTF_8);
        Files.write(dataDir.resolve("clients.json"), file);
        Bench.report("json_parse_100k_ms", Bench.bestMillis(5, 10, () -> DocumentJson.parse(Document.CLIENTS, file)), "ms");

        try (DataDirectory directory = new DataDirectory(new StorageProperties(dataDir, null))) {
            int[] count = new int[1];
            double load = Bench.bestMillis(5, 10, () -> count[0] = new ClientDirectory(
                    new LocalDocumentStore(directory, Clock.systemUTC()), event -> { }).count());
            assertThat(count[0]).isEqualTo(100_000);
            Bench.report("load_index_100k_ms", load, "ms");

            ClientDirectory clients = new ClientDirectory(new LocalDocumentStore(directory, Clock.systemUTC()), e -> { });
            clients.count();
            Bench.report("search_100k_ms", Bench.bestMillis(2, 5, () -> clients.search("conceicao 55119000")), "ms");
            Client one = clients.all().get(50_000);
            Bench.report("save_one_of_100k_ms", Bench.bestMillis(1, 3, () -> clients.save(one.withName(one.name() + "!"))), "ms");
        }
    }

    @Test
    void putsFor100EditsWithin10Seconds() throws Exception {
        FakeGitHub github = new FakeGitHub();
        github.putFile("clients.json", seedFile(1_000));
        try (MockWebServer server = new MockWebServer()) {
            server.setDispatcher(github);
            server.start();
            StorageProperties.GitHub config = new StorageProperties.GitHub(FakeGitHub.OWNER + "/" + FakeGitHub.REPO,
                    FakeGitHub.BRANCH, "", FakeGitHub.TOKEN, URI.create(server.url("/").toString()),
                    Duration.ofMinutes(1), Duration.ofSeconds(3));
            try (GitHubDocumentStore store = GitHubDocumentStore.create(config, Clock.systemUTC())) {
                ClientDirectory clients = new ClientDirectory(store, e -> { });
                List<Client> all = clients.all();
                for (int i = 0; i < 100; i++) {
                    clients.save(all.get(i * 7).withValue(new java.math.BigDecimal("49.90")));
                    Thread.sleep(100);
                }
                while (store.status().pendingChanges() > 0) {
                    Thread.sleep(50);
                }
            }
            long puts = github.count("PUT");
            Bench.report("github_puts_per_100_edits", puts, "PUTs");
            assertThat(puts).isLessThanOrEqualTo(5);
            assertThat(github.file("clients.json")).contains("49.90");
        }
    }

    /**
     * A year of payments of 100k clients (1.2M, 12 month files) in a GitHub repository (local stand-in): the bytes the
     * repository stores for one "Marcar como pago" (the file its commit writes), next to the size of one month's file.
     */
    @Test
    void githubBytesPerPaymentWith1200kPayments() throws Exception {
        FakeGitHub github = new FakeGitHub();
        YearMonth current = YearMonth.from(DashboardBench.TODAY);
        for (int month = DashboardBench.MONTHS - 1; month >= 0; month--) {
            YearMonth recorded = current.minusMonths(month);
            java.io.StringWriter json = new java.io.StringWriter();
            DashboardBench.writePayments(json, month, Math.max(0, month - 1), paid -> YearMonth.from(paid).equals(recorded));
            github.putFile("payments/" + recorded + ".json", json.toString());
        }
        try (MockWebServer server = new MockWebServer()) {
            server.setDispatcher(github);
            server.start();
            StorageProperties.GitHub config = new StorageProperties.GitHub(FakeGitHub.OWNER + "/" + FakeGitHub.REPO,
                    FakeGitHub.BRANCH, "", FakeGitHub.TOKEN, URI.create(server.url("/").toString()),
                    Duration.ofMinutes(1), Duration.ofMillis(100));
            Payment payment = new Payment(UUID.randomUUID().toString(), DashboardBench.clientId(1), DashboardBench.TODAY,
                    new java.math.BigDecimal("21.90"), PaymentMethod.PIX, "", DashboardBench.TODAY,
                    DashboardBench.TODAY.plusMonths(1), java.time.LocalDateTime.now(), false);
            try (GitHubDocumentStore store = GitHubDocumentStore.create(config, Clock.systemUTC())) {
                assertThat(store.members(Document.PAYMENTS)).hasSize(DashboardBench.MONTHS);
                store.update(Document.PAYMENTS.member(current.toString()), new DocumentChange("Pagamento de Cliente 1",
                        document -> PaymentsDocument.append(document, payment)));
                while (store.status().pendingChanges() > 0) {
                    Thread.sleep(50);
                }
            }
        }
        assertThat(github.writes()).containsExactly("PUT payments/" + current + ".json");
        long monthFile = github.file("payments/" + current + ".json").getBytes(StandardCharsets.UTF_8).length;
        long stored = github.storedBytes().getLast();
        Bench.report("github_bytes_per_payment", stored, "bytes");
        Bench.report("payments_month_file_mb", monthFile / 1048576.0, "MB");
        assertThat(stored).isLessThanOrEqualTo(monthFile);
    }
}
