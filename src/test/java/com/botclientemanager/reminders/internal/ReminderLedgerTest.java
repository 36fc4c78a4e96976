package com.botclientemanager.reminders.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The sweep lock on a real H2 file database: a second sweep while one runs is skipped at once, not failed later. */
class ReminderLedgerTest {

    @TempDir
    Path dir;

    private ReminderLedger ledger;
    private TransactionTemplate transactions;

    @BeforeEach
    void database() {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:file:" + dir.resolve("bcm") + ";DB_CLOSE_ON_EXIT=FALSE");
        dataSource.setUser("sa");
        Flyway.configure().dataSource(dataSource).load().migrate();
        ledger = new ReminderLedger(JdbcClient.create(dataSource));
        transactions = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
    }

    @Test
    void aSweepStartedWhileAnotherHoldsTheStateIsSkippedAtOnceAndTheNextOneRuns() throws Exception {
        CountDownLatch locked = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        LocalDate yesterday = LocalDate.parse("2026-11-26");
        CompletableFuture<Void> longSweep = CompletableFuture.runAsync(() -> transactions.executeWithoutResult(status -> {
            assertThat(ledger.tryLockSweepState()).hasValueSatisfying(state -> assertThat(state.lastSwept()).isEmpty());
            ledger.setLastSweptDay(yesterday);
            locked.countDown();
            await(release);
        }));
        assertThat(locked.await(10, TimeUnit.SECONDS)).isTrue();

        long start = System.nanoTime();
        Optional<ReminderLedger.SweepState> second = transactions.execute(status -> ledger.tryLockSweepState());
        assertThat(second).isEmpty();
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));

        release.countDown();
        longSweep.get(10, TimeUnit.SECONDS);
        Optional<ReminderLedger.SweepState> next = transactions.execute(status -> ledger.tryLockSweepState());
        assertThat(next).hasValueSatisfying(state -> assertThat(state.lastSwept()).contains(yesterday));
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
