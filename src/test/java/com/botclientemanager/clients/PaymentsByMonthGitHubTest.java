package com.botclientemanager.clients;

import static org.assertj.core.api.Assertions.assertThat;

import com.botclientemanager.clients.internal.PaymentsMigration;
import com.botclientemanager.storage.StorageProperties;
import com.botclientemanager.storage.internal.FakeGitHub;
import com.botclientemanager.storage.internal.GitHubDocumentStore;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Payments by month on the GitHub store, against the contents API stand-in: payments.json is moved into month files and
 * deleted in one commit only after them (also when the first try stopped before the delete), and a payment commits
 * only its month's file.
 */
class PaymentsByMonthGitHubTest {

    private final FakeGitHub github = new FakeGitHub();
    private MockWebServer server;
    private final List<GitHubDocumentStore> stores = new ArrayList<>();

    @BeforeEach
    void start() throws Exception {
        server = new MockWebServer();
        server.setDispatcher(github);
        server.start();
        github.putFile("payments.json", PaymentsByMonthTest.LEGACY);
    }

    @AfterEach
    void stop() throws Exception {
        stores.forEach(GitHubDocumentStore::close);
        server.close();
    }

    private GitHubDocumentStore store() {
        StorageProperties.GitHub config = new StorageProperties.GitHub(FakeGitHub.OWNER + "/" + FakeGitHub.REPO,
                FakeGitHub.BRANCH, "", FakeGitHub.TOKEN, URI.create(server.url("/").toString()),
                Duration.ofMinutes(1), Duration.ofMillis(50));
        GitHubDocumentStore store = GitHubDocumentStore.create(config, Clock.systemUTC());
        stores.add(store);
        return store;
    }

    @Test
    void payments_jsonIsDeletedInOneCommitAfterTheMonthsEvenWhenTheFirstTryStopsBeforeTheDelete() {
        github.failNext("DELETE", FakeGitHub.json(502, "{\"message\":\"Server Error\"}"));
        assertThat(new PaymentsMigration(store()).migrate()).isFalse();
        assertThat(github.file("payments.json")).isEqualTo(PaymentsByMonthTest.LEGACY);

        GitHubDocumentStore restarted = store();
        assertThat(new PaymentsMigration(restarted).migrate()).isTrue();

        assertThat(github.file("payments.json")).isNull();
        // the months first (in any order), then the delete: refused once by GitHub, done on the next start
        assertThat(github.writes().subList(0, 3)).containsExactlyInAnyOrder("PUT payments/2026-09.json",
                "PUT payments/2026-10.json", "PUT payments/2026-11.json");
        assertThat(github.writes().subList(3, github.writes().size()))
                .containsExactly("DELETE payments.json", "DELETE payments.json");
        String months = github.file("payments/2026-09.json") + github.file("payments/2026-10.json")
                + github.file("payments/2026-11.json");
        for (String id : List.of("p-sep", "p-oct", "p-c2", "p-nov")) {
            assertThat(months.split("\"" + id + "\"", -1)).as(id).hasSize(2);
        }
        assertThat(restarted.members(com.botclientemanager.storage.Document.PAYMENTS))
                .containsExactly("2026-09", "2026-10", "2026-11");
    }

    @Test
    void aPaymentCommitsOnlyItsMonthsFile() throws Exception {
        GitHubDocumentStore store = store();
        ClientDirectory directory = new ClientDirectory(store, e -> { });
        ClientCalendar calendar = new ClientCalendar(Clock.fixed(PaymentsByMonthTest.TODAY.atTime(12, 0)
                .atZone(ClientsFixture.SAO_PAULO).toInstant(), ClientsFixture.SAO_PAULO));
        PaymentService payments = new PaymentService(store, directory, calendar,
                new ClientSettingsService(store, ClientsProperties.defaults()), e -> { }, new PaymentsMigration(store));
        Client client = directory.save(ClientsFixture.client("Ana", "5511999887766", "29.90", PaymentsByMonthTest.TODAY));
        assertThat(payments.history("c1")).hasSize(3); // migrated
        waitUntilCommitted(store);
        int before = github.writes().size();

        Payment paid = payments.markPaid(client.id(), new PaymentRequest(LocalDate.of(2026, 10, 31),
                new BigDecimal("29.90"), PaymentMethod.PIX, null));
        waitUntilCommitted(store);

        assertThat(github.writes().subList(before, github.writes().size()))
                .containsExactlyInAnyOrder("PUT payments/2026-11.json", "PUT clients.json");
        assertThat(github.file("payments/2026-11.json")).contains(paid.id());
        List<Integer> stored = github.storedBytes(); // the two PUTs: the month's file and clients.json
        assertThat(stored.subList(stored.size() - 2, stored.size()))
                .contains(github.file("payments/2026-11.json").getBytes(StandardCharsets.UTF_8).length);
        assertThat(github.file("payments/2026-10.json")).doesNotContain(paid.id());
    }

    private static void waitUntilCommitted(GitHubDocumentStore store) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (store.status().pendingChanges() > 0 && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(store.status().pendingChanges()).isZero();
    }
}
