package com.botclientemanager.whatsapp;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.random.RandomGenerator;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The shared pacer on a real H2 file database behind a real Hikari pool, as the app runs it. */
class SendPacerTest {

    private static final int POOL_SIZE = 4;

    @TempDir
    Path dir;

    private HikariDataSource pool;
    private SendPacer pacer;

    @BeforeEach
    void database() {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl("jdbc:h2:file:" + dir.resolve("bcm") + ";DB_CLOSE_ON_EXIT=FALSE");
        config.setUsername("sa");
        config.setMaximumPoolSize(POOL_SIZE);
        config.setConnectionTimeout(1_000);
        pool = new HikariDataSource(config);
        Flyway.configure().dataSource(pool).load().migrate();
        pacer = new SendPacer(JdbcClient.create(pool), new TransactionTemplate(new DataSourceTransactionManager(pool)),
                RandomGenerator.of("L64X128MixRandom"), () -> 60, Clock.systemUTC());
    }

    @AfterEach
    void close() {
        pool.close();
    }

    @Test
    void sendsWaitingForTheirTurnLeaveConnectionsForEverythingElse() throws Exception {
        Instant now = Instant.parse("2026-11-27T12:00:00Z");
        List<Instant> slots;
        try (ExecutorService workers = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<Instant>> reservations = new ArrayList<>();
            try (Connection otherInstance = pool.getConnection(); Statement statement = otherInstance.createStatement()) {
                // another instance is reserving its slot: the pacer row stays locked while 3 × the pool's sends queue
                otherInstance.setAutoCommit(false);
                statement.execute("SELECT next_slot_at FROM send_pacer WHERE id = 1 FOR UPDATE");
                for (int i = 0; i < 3 * POOL_SIZE; i++) {
                    reservations.add(workers.submit(() -> pacer.reserve(now, 60)));
                }
                Thread.sleep(300);

                // the screens and JobRunr's heartbeat still get a connection (before, each queued send held one)
                try (Connection screen = pool.getConnection()) {
                    assertThat(screen.isValid(1)).isTrue();
                }
                otherInstance.commit();
            }
            slots = new ArrayList<>();
            for (Future<Instant> reservation : reservations) {
                slots.add(reservation.get());
            }
        }

        slots.sort(null);
        assertThat(slots).doesNotHaveDuplicates().hasSize(3 * POOL_SIZE);
        for (int i = 1; i < slots.size(); i++) {
            // 60 a minute: one second apart, give or take the ±30 % jitter
            assertThat(Duration.between(slots.get(i - 1), slots.get(i))).isGreaterThanOrEqualTo(Duration.ofMillis(700));
        }
    }
}
