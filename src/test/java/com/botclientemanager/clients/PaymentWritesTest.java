package com.botclientemanager.clients;

import static org.assertj.core.api.Assertions.assertThat;

import com.botclientemanager.clients.internal.PaymentMonthFiles;
import com.botclientemanager.storage.Document;
import com.botclientemanager.storage.internal.DocumentJson;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.node.ObjectNode;

/**
 * "Marcar como pago" and "Desfazer" on the real local store: the versions of clients.json and of the month's file that
 * readers held stay as they were, and each file holds exactly what the document serialises to.
 */
class PaymentWritesTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 30);

    @TempDir
    Path dataDir;

    @Test
    void aPaymentAndItsUndoLeaveTheVersionsReadersHeldAndWriteWholeFiles() throws Exception {
        try (ClientsFixture fixture = new ClientsFixture(dataDir, TODAY)) {
            Client ana = fixture.directory.save(ClientsFixture.client("Ana", "5511999887766", "29.90", TODAY));
            Client bia = fixture.directory.save(ClientsFixture.client("Bia", "5511999887755", "19.90", TODAY));
            PaymentService payments = fixture.payments();
            payments.markPaid(bia.id(), new PaymentRequest(TODAY, new BigDecimal("19.90"), PaymentMethod.PIX, null));
            Document month = PaymentMonthFiles.month(YearMonth.from(TODAY));
            ObjectNode clientsBefore = fixture.store.read(Document.CLIENTS);
            ObjectNode monthBefore = fixture.store.read(month);
            String clientsText = clientsBefore.toString();
            String monthText = monthBefore.toString();

            Payment paid = payments.markPaid(ana.id(), new PaymentRequest(TODAY, new BigDecimal("29.90"),
                    PaymentMethod.PIX, "em dia"));
            assertWholeFiles(fixture, month);
            payments.undoLastPayment(ana.id());
            assertWholeFiles(fixture, month);

            assertThat(clientsBefore.toString()).isEqualTo(clientsText);
            assertThat(monthBefore.toString()).isEqualTo(monthText);
            assertThat(fixture.directory.find(ana.id()).orElseThrow().dueDate()).isEqualTo(TODAY);
            assertThat(payments.history(ana.id())).extracting(Payment::id, Payment::undone)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(paid.id(), true));
        }
    }

    private void assertWholeFiles(ClientsFixture fixture, Document month) throws Exception {
        assertThat(Files.readAllBytes(dataDir.resolve("clients.json")))
                .isEqualTo(DocumentJson.write(fixture.store.read(Document.CLIENTS)));
        assertThat(Files.readAllBytes(dataDir.resolve(month.fileName())))
                .isEqualTo(DocumentJson.write(fixture.store.read(month)));
    }
}
