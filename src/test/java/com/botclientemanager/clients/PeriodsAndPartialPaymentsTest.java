package com.botclientemanager.clients;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.botclientemanager.storage.Document;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** "Marcar como pago" with several periods, a discount, or a partial amount, on a real local store. */
class PeriodsAndPartialPaymentsTest {

    private static final LocalDate TODAY = LocalDate.of(2028, 3, 10);

    @TempDir
    Path dataDir;

    @ParameterizedTest(name = "due {0}, {1} periods -> {2}")
    @CsvSource({
            // three months at once count from the due date: 31 Jan + 3 months is 30 April, not 28 April
            "2028-01-31, 3, 2028-04-30",
            "2028-01-31, 1, 2028-02-29",
            "2027-01-31, 1, 2027-02-28",
            "2028-02-29, 12, 2029-02-28",
            "2028-02-29, 2, 2028-04-29",
            "2027-12-31, 2, 2028-02-29"})
    void severalPeriodsMoveTheDueDateByTheirSumOnTheCalendar(LocalDate due, int periods, LocalDate expected)
            throws Exception {
        try (ClientsFixture fixture = new ClientsFixture(dataDir, TODAY)) {
            Client client = fixture.directory.save(ClientsFixture.client("Ana", "5511999887766", "30", due));
            PaymentService payments = fixture.payments();

            Payment payment = payments.markPaid(client.id(), new PaymentRequest(TODAY,
                    new BigDecimal(30 * periods - 10), PaymentMethod.TRANSFER, "", periods, new BigDecimal("10"), false));

            assertThat(payment.newDueDate()).isEqualTo(expected);
            assertThat(fixture.directory.find(client.id()).orElseThrow().dueDate()).isEqualTo(expected);
            assertThat(payments.history(client.id())).singleElement().satisfies(p -> {
                assertThat(p.periods()).isEqualTo(periods);
                assertThat(p.discount()).isEqualByComparingTo("10");
                assertThat(p.method()).isEqualTo(PaymentMethod.TRANSFER);
            });
            assertThat(payments.undoLastPayment(client.id()).dueDate()).isEqualTo(due);
        }
    }

    @Test
    void partialPaymentsKeepTheDueDateUntilThePriceIsReachedAndCountAsRevenueOnTheirDay() throws Exception {
        try (ClientsFixture fixture = new ClientsFixture(dataDir, TODAY)) {
            Client client = fixture.directory.save(ClientsFixture.client("Bia", "5511999887766", "35",
                    LocalDate.of(2028, 1, 31)));
            PaymentService payments = fixture.payments();

            Payment first = payments.markPaid(client.id(), partial("15", "0", TODAY.minusDays(2)));
            assertThat(first.newDueDate()).isEqualTo(LocalDate.of(2028, 1, 31));
            Client afterFirst = fixture.directory.find(client.id()).orElseThrow();
            assertThat(afterFirst.dueDate()).isEqualTo(LocalDate.of(2028, 1, 31));
            assertThat(afterFirst.balance()).isEqualByComparingTo("20");
            assertThat(Files.readString(dataDir.resolve("clients.json"))).contains("\"paid_toward_due\"");

            // 15 + 15 + a 5 discount reaches the 35: one period, 31 January -> 29 February (2028 is a leap year)
            Payment second = payments.markPaid(client.id(), partial("15", "5", TODAY));
            assertThat(second.newDueDate()).isEqualTo(LocalDate.of(2028, 2, 29));
            Client renewed = fixture.directory.find(client.id()).orElseThrow();
            assertThat(renewed.dueDate()).isEqualTo(LocalDate.of(2028, 2, 29));
            assertThat(renewed.balance()).isEqualByComparingTo("35");
            assertThat(Files.readString(dataDir.resolve("clients.json"))).doesNotContain("paid_toward_due");
            assertThat(payments.totals(YearMonth.from(TODAY), YearMonth.from(TODAY)).received(YearMonth.from(TODAY)))
                    .isEqualByComparingTo("30");

            // undo restores the due date and the balance exactly, one payment at a time
            Client undone = payments.undoLastPayment(client.id());
            assertThat(undone.dueDate()).isEqualTo(LocalDate.of(2028, 1, 31));
            assertThat(undone.balance()).isEqualByComparingTo("20");
            assertThat(fixture.directory.find(client.id()).orElseThrow().balance()).isEqualByComparingTo("20");
            assertThat(payments.undoLastPayment(client.id()).balance()).isEqualByComparingTo("35");
            assertThat(Files.readString(dataDir.resolve("clients.json"))).doesNotContain("paid_toward_due");
        }
    }

    @Test
    void aWholePaymentAfterAPartialOneClearsTheBalance() throws Exception {
        try (ClientsFixture fixture = new ClientsFixture(dataDir, TODAY)) {
            Client client = fixture.directory.save(ClientsFixture.client("Caio", "5511999887766", "40",
                    LocalDate.of(2028, 3, 31)));
            PaymentService payments = fixture.payments();
            payments.markPaid(client.id(), partial("10", "0", TODAY));

            Payment whole = payments.markPaid(client.id(), new PaymentRequest(TODAY, new BigDecimal("30"),
                    PaymentMethod.CASH, "resto", 1, BigDecimal.ZERO, false));

            assertThat(whole.newDueDate()).isEqualTo(LocalDate.of(2028, 4, 30));
            assertThat(fixture.directory.find(client.id()).orElseThrow().balance()).isEqualByComparingTo("40");
            assertThat(payments.undoLastPayment(client.id()).balance()).isEqualByComparingTo("30");
        }
    }

    @Test
    void olderPaymentFilesStillReadAsOneWholePeriod() throws Exception {
        try (ClientsFixture fixture = new ClientsFixture(dataDir, TODAY)) {
            Path month = dataDir.resolve(Document.PAYMENTS.member("2028-03").fileName());
            Files.createDirectories(month.getParent());
            Files.writeString(month, """
                    {"payments":[{"id":"p1","client_id":"c1","date":"2028-03-01","amount":35,"method":"pix",
                    "note":"","previous_due_date":"2028-03-01","new_due_date":"2028-04-01",
                    "created_at":"2028-03-01T10:00:00"}]}""");

            assertThat(fixture.payments().history("c1")).singleElement().satisfies(p -> {
                assertThat(p.periods()).isEqualTo(1);
                assertThat(p.discount()).isZero();
                assertThat(p.partial()).isFalse();
            });
        }
    }

    @Test
    void periodsOutsideOneToTwelveAndNegativeDiscountsAreRefused() throws Exception {
        try (ClientsFixture fixture = new ClientsFixture(dataDir, TODAY)) {
            Client client = fixture.directory.save(ClientsFixture.client("Duda", "5511999887766", "30", TODAY));
            PaymentService payments = fixture.payments();
            assertThatThrownBy(() -> payments.markPaid(client.id(), new PaymentRequest(TODAY, BigDecimal.TEN,
                    PaymentMethod.PIX, "", 13, BigDecimal.ZERO, false)))
                    .isInstanceOfSatisfying(ClientException.class,
                            e -> assertThat(e.messageKey()).isEqualTo("clients.payment.error.periods"));
            assertThatThrownBy(() -> payments.markPaid(client.id(), new PaymentRequest(TODAY, BigDecimal.TEN,
                    PaymentMethod.PIX, "", 1, new BigDecimal("-1"), false)))
                    .isInstanceOfSatisfying(ClientException.class,
                            e -> assertThat(e.messageKey()).isEqualTo("clients.payment.error.discount"));
            assertThat(fixture.directory.find(client.id()).orElseThrow().dueDate()).isEqualTo(TODAY);
        }
    }

    private static PaymentRequest partial(String amount, String discount, LocalDate on) {
        return new PaymentRequest(on, new BigDecimal(amount), PaymentMethod.PIX, "", 1, new BigDecimal(discount), true);
    }
}
