package com.botclientemanager.clients;

import static org.assertj.core.api.Assertions.assertThat;

import com.botclientemanager.clients.internal.PaymentsMigration;
import com.botclientemanager.storage.Document;
import com.botclientemanager.storage.DocumentChange;
import com.botclientemanager.storage.DocumentProblem;
import com.botclientemanager.storage.DocumentStore;
import com.botclientemanager.storage.DocumentVersion;
import com.botclientemanager.storage.StorageException;
import com.botclientemanager.storage.StorageStatus;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.node.ObjectNode;

/**
 * Payments kept one file per month on the real local store: a payment and its undo rewrite only their month, a damaged
 * month blocks no other, and an older version's payments.json is moved into the months on start, also after a migration
 * that stopped half-way, without losing or doubling a payment.
 */
class PaymentsByMonthTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 30);

    @TempDir
    Path dataDir;

    /** Three payments of "c1" in September, October and November (one undone), one of "c2", as an older version kept them. */
    static final String LEGACY = """
            {"payments": [
              {"id": "p-sep", "client_id": "c1", "date": "2026-09-05", "amount": 29.90, "method": "pix", "note": "",
               "previous_due_date": "2026-09-05", "new_due_date": "2026-10-05", "created_at": "2026-09-05T10:00:00",
               "recibo": "kept as is"},
              {"id": "p-oct", "client_id": "c1", "date": "2026-10-05", "amount": 29.90, "method": "pix", "note": "",
               "previous_due_date": "2026-10-05", "new_due_date": "2026-11-05", "created_at": "2026-10-04T09:00:00"},
              {"id": "p-c2", "client_id": "c2", "date": "2026-10-20", "amount": 35.00, "method": "cash", "note": "",
               "previous_due_date": "2026-10-20", "new_due_date": "2026-11-20", "created_at": "2026-10-20T18:00:00",
               "undone": true, "undone_at": "2026-10-21T08:00:00"},
              {"id": "p-nov", "client_id": "c1", "date": "2026-11-05", "amount": 29.90, "method": "card", "note": "",
               "previous_due_date": "2026-11-05", "new_due_date": "2026-12-05", "created_at": "2026-11-05T11:00:00"}
            ]}
            """;

    @Test
    void aPaymentAndItsUndoRewriteOnlyTheCurrentMonth() throws Exception {
        Files.writeString(dataDir.resolve("payments.json"), LEGACY);
        try (ClientsFixture fixture = new ClientsFixture(dataDir, TODAY)) {
            Client client = fixture.directory.save(ClientsFixture.client("Ana", "5511999887766", "29.90", TODAY));
            PaymentService payments = fixture.payments();
            assertThat(payments.history("c1")).extracting(Payment::id).containsExactly("p-nov", "p-oct", "p-sep");
            byte[] september = Files.readAllBytes(month("2026-09"));
            byte[] october = Files.readAllBytes(month("2026-10"));
            var octoberModified = Files.getLastModifiedTime(month("2026-10"));

            Payment payment = payments.markPaid(client.id(), new PaymentRequest(LocalDate.of(2026, 10, 31),
                    new BigDecimal("29.90"), PaymentMethod.PIX, "atrasado"));
            payments.undoLastPayment(client.id());

            // back-dated to October, recorded (and undone) in November: only November's file was written
            assertThat(Files.readString(month("2026-11"))).contains(payment.id(), "\"undone\"");
            assertThat(Files.readAllBytes(month("2026-09"))).isEqualTo(september);
            assertThat(Files.readAllBytes(month("2026-10"))).isEqualTo(october);
            assertThat(Files.getLastModifiedTime(month("2026-10"))).isEqualTo(octoberModified);
            assertThat(payments.history(client.id())).extracting(Payment::id, Payment::undone)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(payment.id(), true));
        }
    }

    @Test
    void payments_jsonIsMovedIntoMonthFilesAndKeptAsABackup() throws Exception {
        Files.writeString(dataDir.resolve("payments.json"), LEGACY);
        try (ClientsFixture fixture = new ClientsFixture(dataDir, TODAY)) {
            PaymentService payments = fixture.payments();

            PaymentTotals totals = payments.totals(YearMonth.of(2026, 9), YearMonth.of(2026, 11));

            assertThat(Files.exists(dataDir.resolve("payments.json"))).isFalse();
            assertThat(kept()).hasContent(LEGACY);
            assertThat(fixture.store.members(Document.PAYMENTS)).containsExactly("2026-09", "2026-10", "2026-11");
            assertThat(Files.readString(month("2026-09"))).contains("p-sep", "\"recibo\"", "kept as is");
            assertThat(Files.readString(month("2026-10"))).contains("p-oct", "p-c2", "\"undone\"");
            assertThat(totals.received(YearMonth.of(2026, 9))).isEqualByComparingTo("29.90");
            assertThat(totals.received(YearMonth.of(2026, 10))).isEqualByComparingTo("29.90"); // p-c2 is undone
            assertThat(totals.received(YearMonth.of(2026, 11))).isEqualByComparingTo("29.90");
            assertThat(payments.paidBetween(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 31)))
                    .extracting(Payment::id).containsExactly("p-oct");
            assertThat(payments.lastPayment("c2")).isEmpty();
        }
    }

    @Test
    void aMigrationStoppedHalfWayCompletesOnTheNextStartWithoutDoublingAPayment() throws Exception {
        Files.writeString(dataDir.resolve("payments.json"), LEGACY);
        try (ClientsFixture fixture = new ClientsFixture(dataDir, TODAY)) {
            // the disk fills up after September's file is written: the "process" stops there
            DocumentStore failing = new FailingAfter(fixture.store, 1);
            assertThat(new PaymentsMigration(failing).migrate()).isFalse();
            assertThat(fixture.store.members(Document.PAYMENTS)).containsExactly("2026-09");
            assertThat(dataDir.resolve("payments.json")).hasContent(LEGACY);
        }
        try (ClientsFixture restarted = new ClientsFixture(dataDir, TODAY)) {
            assertThat(new PaymentsMigration(restarted.store).migrate()).isTrue();
            assertThat(restarted.payments().history("c1")).extracting(Payment::id)
                    .containsExactly("p-nov", "p-oct", "p-sep");
        }
        List<String> ids = new ArrayList<>();
        Matcher id = Pattern.compile("\"id\" : \"([^\"]+)\"").matcher(Files.readString(month("2026-09"))
                + Files.readString(month("2026-10")) + Files.readString(month("2026-11")));
        while (id.find()) {
            ids.add(id.group(1));
        }
        assertThat(ids).containsExactlyInAnyOrder("p-sep", "p-oct", "p-c2", "p-nov");
        assertThat(kept()).hasContent(LEGACY);
    }

    @Test
    void aDamagedMonthIsReportedAndBlocksNoOtherMonth() throws Exception {
        Files.writeString(dataDir.resolve("payments.json"), LEGACY);
        try (ClientsFixture fixture = new ClientsFixture(dataDir, TODAY)) {
            assertThat(new PaymentsMigration(fixture.store).migrate()).isTrue();
        }
        String damaged = "{\"payments\": [ {\"id\": \"p-sep\", ";
        Files.writeString(month("2026-09"), damaged);
        try (ClientsFixture fixture = new ClientsFixture(dataDir, TODAY)) {
            Client client = fixture.directory.save(ClientsFixture.client("Bia", "5511999887766", "35", TODAY));
            PaymentService payments = fixture.payments();

            Payment paid = payments.markPaid(client.id(), new PaymentRequest(TODAY, new BigDecimal("35"),
                    PaymentMethod.PIX, null));
            assertThat(payments.history("c1")).extracting(Payment::id).containsExactly("p-nov", "p-oct");
            assertThat(payments.history(client.id())).containsExactly(paid);
            assertThat(payments.totals(YearMonth.of(2026, 9), YearMonth.of(2026, 11)).received(YearMonth.of(2026, 11)))
                    .isEqualByComparingTo("64.90");
            assertThat(fixture.store.problems()).extracting(p -> p.document().fileName(), DocumentProblem::messageKey)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("payments/2026-09.json", "storage.damaged.not-json"));
            assertThat(Files.readString(month("2026-09"))).isEqualTo(damaged);
        }
    }

    private Path month(String key) {
        return dataDir.resolve("payments").resolve(key + ".json");
    }

    private Path kept() throws IOException {
        try (Stream<Path> files = Files.list(dataDir)) {
            return files.filter(f -> f.getFileName().toString().startsWith("payments.migrated-")).findFirst().orElseThrow();
        }
    }

    /** The real store, whose writes fail (like a full disk) after {@code allowed} of them. */
    private static final class FailingAfter implements DocumentStore {
        private final DocumentStore store;
        private int allowed;

        FailingAfter(DocumentStore store, int allowed) {
            this.store = store;
            this.allowed = allowed;
        }

        @Override
        public void update(Document document, DocumentChange change) {
            if (allowed-- <= 0) {
                throw new StorageException("storage.error.disk-full", "No space left on device");
            }
            store.update(document, change);
        }

        @Override
        public ObjectNode read(Document document) {
            return store.read(document);
        }

        @Override
        public Optional<DocumentProblem> problem(Document document) {
            return store.problem(document);
        }

        @Override
        public List<DocumentVersion> versions(Document document) {
            return store.versions(document);
        }

        @Override
        public String restore(Document document, String versionId) {
            return store.restore(document, versionId);
        }

        @Override
        public List<String> members(Document family) {
            return store.members(family);
        }

        @Override
        public List<DocumentProblem> problems() {
            return store.problems();
        }

        @Override
        public String retire(Document document, String description) {
            return store.retire(document, description);
        }

        @Override
        public StorageStatus status() {
            return store.status();
        }

        @Override
        public StorageStatus testConnection() {
            return store.testConnection();
        }

        @Override
        public void onExternalChange(Consumer<Document> listener) {
            store.onExternalChange(listener);
        }
    }
}
