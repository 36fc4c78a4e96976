package com.botclientemanager.clients;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.botclientemanager.clients.internal.PaymentsMigration;
import com.botclientemanager.storage.StorageException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A payment is stored before its client is renewed: a stop in between leaves a payment that says what it did, and
 * {@link PaymentService#finishRenewal} completes it exactly once; a renewal that fails takes the payment out again.
 */
class InterruptedPaymentTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 30);

    @TempDir
    Path dataDir;

    @Test
    void aPaymentStoredBeforeTheStopRenewsItsClientOnce() throws Exception {
        try (ClientsFixture fixture = new ClientsFixture(dataDir, TODAY)) {
            Client ana = fixture.directory.save(ClientsFixture.client("Ana", "5511999887766", "30.00", TODAY));
            Client bia = fixture.directory.save(ClientsFixture.client("Bia", "5511999887755", "30.00", TODAY));
            PaymentService payments = fixture.payments();
            payments.markPaid(ana.id(), new PaymentRequest(TODAY, new BigDecimal("60.00"), PaymentMethod.PIX, "",
                    2, BigDecimal.ZERO, false), "pay-ana");
            payments.markPaid(bia.id(), new PaymentRequest(TODAY, new BigDecimal("10.00"), PaymentMethod.PIX, "",
                    1, BigDecimal.ZERO, true), "pay-bia");
            // the app stopped after storing both payments, before renewing the clients
            fixture.directory.save(ana);
            fixture.directory.save(bia);

            assertThat(payments.finishRenewal(stored(payments, "pay-ana"))).isTrue();
            assertThat(payments.finishRenewal(stored(payments, "pay-bia"))).isTrue();
            assertThat(payments.finishRenewal(stored(payments, "pay-ana"))).as("finished once").isFalse();
            assertThat(payments.finishRenewal(stored(payments, "pay-bia"))).as("finished once").isFalse();

            assertThat(fixture.directory.find(ana.id()).orElseThrow().dueDate()).isEqualTo(TODAY.plusMonths(2));
            Client partlyPaid = fixture.directory.find(bia.id()).orElseThrow();
            assertThat(partlyPaid.dueDate()).isEqualTo(TODAY);
            assertThat(partlyPaid.billingOrNone().paid()).isEqualByComparingTo("10.00");
            assertThat(payments.history(ana.id())).hasSize(1);
        }
    }

    @Test
    void aPaymentAlreadyCarriedUndoneOrFollowedByAnotherChangesNothing() throws Exception {
        try (ClientsFixture fixture = new ClientsFixture(dataDir, TODAY)) {
            Client ana = fixture.directory.save(ClientsFixture.client("Ana", "5511999887766", "30.00", TODAY));
            PaymentService payments = fixture.payments();
            PaymentRequest month = new PaymentRequest(TODAY, new BigDecimal("30.00"), PaymentMethod.PIX, "");
            payments.markPaid(ana.id(), month, "first");
            assertThat(payments.finishRenewal(stored(payments, "first"))).as("renewed already").isFalse();

            payments.markPaid(ana.id(), month, "second");
            fixture.directory.save(fixture.directory.find(ana.id()).orElseThrow().withDueDate(TODAY));
            assertThat(payments.finishRenewal(stored(payments, "first"))).as("not the newest").isFalse();

            payments.undoLastPayment(ana.id());
            assertThat(payments.finishRenewal(stored(payments, "second"))).as("undone").isFalse();
            assertThat(fixture.directory.find(ana.id()).orElseThrow().dueDate()).isEqualTo(TODAY.plusMonths(1));
        }
    }

    @Test
    void whenTheClientCannotBeRenewedThePaymentIsTakenOutAgain() throws Exception {
        try (ClientsFixture fixture = new ClientsFixture(dataDir, TODAY)) {
            Client ana = fixture.directory.save(ClientsFixture.client("Ana", "5511999887766", "30.00", TODAY));
            PaymentService payments = fixture.payments();
            payments.markPaid(ana.id(), new PaymentRequest(TODAY, new BigDecimal("30.00"), PaymentMethod.PIX, ""),
                    "kept");
            // clients.json can no longer be replaced (a directory with something in it stands where it was)
            Files.delete(dataDir.resolve("clients.json"));
            Files.createDirectories(dataDir.resolve("clients.json").resolve("x"));

            assertThatThrownBy(() -> payments.markPaid(ana.id(), new PaymentRequest(TODAY, new BigDecimal("30.00"),
                    PaymentMethod.PIX, ""), "not-renewed")).isInstanceOf(StorageException.class);

            assertThat(payments.recorded("not-renewed", TODAY.atStartOfDay().toInstant(ZoneOffset.UTC))).isEmpty();
            assertThat(payments.history(ana.id())).extracting(Payment::id).containsExactly("kept");
        }
    }

    @Test
    void aRecoveryWaitsForAPaymentBeingRecorded() throws Exception {
        CountDownLatch publishing = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        try (ClientsFixture fixture = new ClientsFixture(dataDir, TODAY);
                ExecutorService threads = Executors.newFixedThreadPool(2)) {
            // "Marcar como pago" for Bia holds on where it announces the payment, still inside the service's lock
            PaymentService payments = new PaymentService(fixture.store, fixture.directory, fixture.calendar,
                    fixture.settings, event -> {
                        if (event instanceof PaymentRecorded recorded && recorded.payment().id().equals("pay-bia")) {
                            publishing.countDown();
                            awaitQuietly(release);
                        }
                    }, new PaymentsMigration(fixture.store));
            Client ana = fixture.directory.save(ClientsFixture.client("Ana", "5511999887766", "30.00", TODAY));
            Client bia = fixture.directory.save(ClientsFixture.client("Bia", "5511999887755", "30.00", TODAY));
            PaymentRequest month = new PaymentRequest(TODAY, new BigDecimal("30.00"), PaymentMethod.PIX, "");
            payments.markPaid(ana.id(), month, "pay-ana");
            fixture.directory.save(ana); // the app stopped before renewing Ana
            Payment interrupted = stored(payments, "pay-ana");
            try {
                Future<Payment> paying = threads.submit(() -> payments.markPaid(bia.id(), month, "pay-bia"));
                assertThat(publishing.await(10, TimeUnit.SECONDS)).isTrue();
                Future<Boolean> recovering = threads.submit(() -> payments.finishRenewal(interrupted));

                assertThatThrownBy(() -> recovering.get(500, TimeUnit.MILLISECONDS))
                        .as("waits for the payment being recorded").isInstanceOf(TimeoutException.class);
                release.countDown();
                assertThat(paying.get(10, TimeUnit.SECONDS).id()).isEqualTo("pay-bia");
                assertThat(recovering.get(10, TimeUnit.SECONDS)).isTrue();
            } finally {
                release.countDown();
            }
            assertThat(fixture.directory.find(ana.id()).orElseThrow().dueDate()).isEqualTo(TODAY.plusMonths(1));
            assertThat(fixture.directory.find(bia.id()).orElseThrow().dueDate()).isEqualTo(TODAY.plusMonths(1));
        }
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static Payment stored(PaymentService payments, String id) {
        return payments.recorded(id, TODAY.minusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC)).orElseThrow();
    }
}
