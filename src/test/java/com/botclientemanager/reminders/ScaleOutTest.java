package com.botclientemanager.reminders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two instances of the app share one PostgreSQL (JobRunr's queue, the message log, the pacing) and the same documents;
 * every reminder goes out exactly once. Needs a PostgreSQL: {@code .ci/postgres.sh} starts one and prints
 * {@code BCM_TEST_POSTGRES_URL}; .ci/run does this before the tests.
 */
@Tag("drill")
class ScaleOutTest {

    private static final int CLIENTS = 200;

    @TempDir
    Path first;
    @TempDir
    Path second;

    @Test
    void twoInstancesSendEachReminderExactlyOnce() throws Exception {
        String adminUrl = System.getenv("BCM_TEST_POSTGRES_URL");
        assumeTrue(adminUrl != null, "BCM_TEST_POSTGRES_URL not set: run .ci/postgres.sh (CI does)");
        String user = System.getenv().getOrDefault("BCM_TEST_POSTGRES_USER", "postgres");
        String password = System.getenv().getOrDefault("BCM_TEST_POSTGRES_PASSWORD", "");
        String database = "bcm_scaleout_" + System.nanoTime();
        try (Connection admin = DriverManager.getConnection(adminUrl, user, password)) {
            admin.createStatement().execute("CREATE DATABASE " + database);
        }
        String url = adminUrl.substring(0, adminUrl.lastIndexOf('/') + 1) + database;
        String[] sharedDatabase = {"--spring.datasource.url=" + url, "--spring.datasource.username=" + user,
                "--spring.datasource.password=" + password};
        ChildApp.writeClientsDueToday(first, CLIENTS);
        try (GatewayStandIn gateway = new GatewayStandIn()) {
            Process a = ChildApp.start(first, gateway, sharedDatabase);
            Process b = null;
            try {
                awaitFile(first.resolve("templates.json"), a);
                // the instances share their documents (in production: the same GitHub repository)
                Files.copy(first.resolve("clients.json"), second.resolve("clients.json"));
                Files.copy(first.resolve("templates.json"), second.resolve("templates.json"));
                b = ChildApp.start(second, gateway, sharedDatabase);
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(240);
                while (gateway.distinctNumbers() < CLIENTS && System.nanoTime() < deadline && a.isAlive() && b.isAlive()) {
                    Thread.sleep(200);
                }
                Thread.sleep(10_000); // a late duplicate would arrive now
            } finally {
                a.destroy();
                if (b != null) {
                    b.destroy();
                    b.waitFor(60, TimeUnit.SECONDS);
                }
                a.waitFor(60, TimeUnit.SECONDS);
            }
            System.out.printf("scale-out: %d messages to %d numbers from two instances%n", gateway.total(),
                    gateway.distinctNumbers());
            assertThat(gateway.distinctNumbers()).as("every client reminded").isEqualTo(CLIENTS);
            assertThat(gateway.total()).as("each exactly once").isEqualTo(CLIENTS);
        } finally {
            try (Connection admin = DriverManager.getConnection(adminUrl, user, password)) {
                admin.createStatement().execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
            }
        }
    }

    private static void awaitFile(Path file, Process app) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (!Files.exists(file)) {
            assertThat(app.isAlive()).as("first instance alive").isTrue();
            assertThat(System.nanoTime()).as("first instance started").isLessThan(deadline);
            Thread.sleep(200);
        }
    }
}
