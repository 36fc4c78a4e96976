package com.botclientemanager.clients;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.botclientemanager.clients.ClientsProperties.RenewFrom;
import com.botclientemanager.storage.Document;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Period;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.util.unit.DataSize;

class PaymentServiceTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 10);

    @TempDir
    Path dataDir;

    @ParameterizedTest(name = "{0} + {1} paid on {2} ({3}) = {4}")
    @CsvSource({
            "2025-01-31, P1M,  2025-01-31, DUE_DATE, 2025-02-28",
            "2024-01-31, P1M,  2024-01-30, DUE_DATE, 2024-02-29",
            "2025-03-31, P1M,  2025-03-31, DUE_DATE, 2025-04-30",
            "2025-08-31, P6M,  2025-08-30, DUE_DATE, 2026-02-28",
            "2025-12-15, P1M,  2025-12-15, DUE_DATE, 2026-01-15",
            "2024-02-29, P12M, 2024-02-29, DUE_DATE, 2025-02-28",
            "2025-01-10, P45D, 2025-01-10, DUE_DATE, 2025-02-24",
            // paid early: both policies keep counting from the due date
            "2025-05-20, P1M,  2025-05-15, TODAY,    2025-06-20",
            // long overdue: due-date policy keeps the old cycle, today policy starts from the payment day
            "2025-01-05, P1M,  2025-03-20, DUE_DATE, 2025-02-05",
            "2025-01-05, P1M,  2025-03-20, TODAY,    2025-04-20",
            "2025-01-31, P1M,  2025-03-31, TODAY,    2025-04-30"})
    void renewalFollowsTheCalendarAndThePolicy(LocalDate due, String period, LocalDate paidOn, RenewFrom policy,
            LocalDate expected) {
        assertThat(PaymentService.renewedDueDate(due, Period.parse(period), paidOn, policy)).isEqualTo(expected);
    }

    @Test
    void aClientWithoutDueDateRenewsFromThePaymentDay() {
        assertThat(PaymentService.renewedDueDate(null, Period.ofMonths(1), TODAY, RenewFrom.DUE_DATE))
                .isEqualTo(LocalDate.of(2026, 4, 10));
    }

    @Test
    void markPaidStoresThePaymentMovesTheDueDateAndPublishesTheEvent() throws Exception {
        try (ClientsFixture fixture = new ClientsFixture(dataDir, TODAY)) {
            Client client = fixture.directory.save(ClientsFixture.client("Ana", "5511999887766", "29.90",
                    LocalDate.of(2026, 1, 31)));
            PaymentService payments = fixture.payments();

            Payment payment = payments.markPaid(client.id(), new PaymentRequest(TODAY, new BigDecimal("29.9"),
                    PaymentMethod.PIX, "comprovante no zap"));

            assertThat(payment.previousDueDate()).isEqualTo(LocalDate.of(2026, 1, 31));
            assertThat(payment.newDueDate()).isEqualTo(LocalDate.of(2026, 2, 28));
            assertThat(fixture.directory.find(client.id()).orElseThrow().dueDate()).isEqualTo(LocalDate.of(2026, 2, 28));
            // the month the payment was recorded in: one file per month
            String json = Files.readString(dataDir.resolve(Document.PAYMENTS.member("2026-03").fileName()));
            assertThat(json).contains("\"client_id\"", client.id(), "\"method\"", "\"pix\"", "\"amount\"", "29.90",
                    "\"previous_due_date\"", "2026-01-31", "\"new_due_date\"", "2026-02-28", "comprovante no zap");
            assertThat(fixture.events).anySatisfy(e -> assertThat(e).isEqualTo(new PaymentRecorded(payment, "Ana")));
            assertThat(payments.history(client.id())).containsExactly(payment);
        }
    }

    @Test
    void undoingTheLastPaymentRestoresThePreviousDueDateOnePaymentAtATime() throws Exception {
        try (ClientsFixture fixture = new ClientsFixture(dataDir, TODAY)) {
            Client client = fixture.directory.save(ClientsFixture.client("Bia", "5511999887766", "35",
                    LocalDate.of(2026, 3, 5)));
            PaymentService payments = fixture.payments();
            payments.markPaid(client.id(), new PaymentRequest(TODAY, new BigDecimal("35"), PaymentMethod.CASH, ""));
            payments.markPaid(client.id(), new PaymentRequest(TODAY, new BigDecimal("35"), PaymentMethod.CARD, ""));
            assertThat(fixture.directory.find(client.id()).orElseThrow().dueDate()).isEqualTo(LocalDate.of(2026, 5, 5));

            assertThat(payments.undoLastPayment(client.id()).dueDate()).isEqualTo(LocalDate.of(2026, 4, 5));
            assertThat(payments.undoLastPayment(client.id()).dueDate()).isEqualTo(LocalDate.of(2026, 3, 5));
            assertThat(payments.history(client.id())).hasSize(2).allMatch(Payment::undone);
            assertThatThrownBy(() -> payments.undoLastPayment(client.id()))
                    .isInstanceOfSatisfying(ClientException.class,
                            e -> assertThat(e.messageKey()).isEqualTo("clients.payment.error.nothing-to-undo"));
            assertThat(fixture.events).filteredOn(PaymentUndone.class::isInstance).hasSize(2);
        }
    }

    @Test
    void theTodayPolicyRenewsAnOverdueClientFromThePaymentDay() throws Exception {
        ClientsProperties today = new ClientsProperties(RenewFrom.TODAY, "BR", DataSize.ofMegabytes(20), 3, java.time.LocalTime.of(9, 0));
        try (ClientsFixture fixture = new ClientsFixture(dataDir, TODAY, today)) {
            Client client = fixture.directory.save(ClientsFixture.client("Caio", "5511999887766", "30",
                    LocalDate.of(2025, 12, 1)));
            Payment payment = fixture.payments().markPaid(client.id(),
                    new PaymentRequest(TODAY, new BigDecimal("30"), PaymentMethod.PIX, null));
            assertThat(payment.newDueDate()).isEqualTo(LocalDate.of(2026, 4, 10));
        }
    }

    @ParameterizedTest
    @CsvSource(nullValues = "null", value = {
            "0,      2026-03-10, clients.payment.error.amount",
            "-1,     2026-03-10, clients.payment.error.amount",
            "10.001, 2026-03-10, clients.payment.error.amount",
            "null,   2026-03-10, clients.payment.error.amount",
            "10,     2026-03-11, clients.payment.error.date-future",
            "10,     null,       clients.payment.error.date-required"})
    void badPaymentsAreRefusedAndChangeNothing(BigDecimal amount, LocalDate date, String key) throws Exception {
        try (ClientsFixture fixture = new ClientsFixture(dataDir, TODAY)) {
            Client client = fixture.directory.save(ClientsFixture.client("Dani", "5511999887766", "30", TODAY));
            assertThatThrownBy(() -> fixture.payments().markPaid(client.id(),
                    new PaymentRequest(date, amount, PaymentMethod.PIX, "")))
                    .isInstanceOfSatisfying(ClientException.class, e -> assertThat(e.messageKey()).isEqualTo(key));
            assertThat(fixture.directory.find(client.id()).orElseThrow().dueDate()).isEqualTo(TODAY);
            assertThat(fixture.payments().history(client.id())).isEmpty();
        }
    }
}
