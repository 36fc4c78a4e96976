package com.botclientemanager.reminders;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fault drill: the app, as a child process, sends 500 reminders due now to a stand-in gateway and is killed with
 * SIGKILL several times mid-batch. After restarts every client got its reminder, and duplicates are at most the number
 * of kills (the only window is between the gateway accepting a message and the SENT row being written).
 */
@Tag("drill")
class ReminderCrashDrillTest {

    private static final int CLIENTS = 500;
    private static final int KILLS = 3;

    @TempDir
    Path dataDir;

    @Test
    void killedMidBatchLosesNothingAndDuplicatesAtMostOncePerKill() throws Exception {
        writeClientsDueToday();
        Random random = new Random(42);
        try (GatewayStandIn gateway = new GatewayStandIn()) {
            for (int kill = 1; kill <= KILLS; kill++) {
                Process app = start(gateway);
                int target = Math.min(CLIENTS - 20, gateway.total() + 40 + random.nextInt(100));
                awaitSends(gateway, target, app, 180);
                app.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            }
            Process app = start(gateway);
            try {
                awaitDistinct(gateway, CLIENTS, app, 300);
            } finally {
                app.destroy();
                app.waitFor(60, TimeUnit.SECONDS);
            }
            int duplicates = gateway.total() - gateway.distinctNumbers();
            System.out.printf("drill: %d messages to %d numbers after %d kills, %d duplicates%n",
                    gateway.total(), gateway.distinctNumbers(), KILLS, duplicates);
            assertThat(gateway.distinctNumbers()).as("every client reminded").isEqualTo(CLIENTS);
            assertThat(duplicates).as("duplicates").isLessThanOrEqualTo(KILLS);
        }
    }

    private Process start(GatewayStandIn gateway) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"),
                "com.botclientemanager.App",
                "--server.port=0",
                "--app.data-dir=" + dataDir,
                "--app.admin.password=drill-password-123",
                "--app.whatsapp.provider=evolution",
                "--app.whatsapp.evolution.url=" + gateway.url(),
                "--app.whatsapp.evolution.api-key=drill-key",
                "--app.whatsapp.evolution.instance=drill",
                "--app.whatsapp.window-start=00:00",
                "--app.whatsapp.window-end=23:59:59",
                "--app.whatsapp.rate-per-minute=1000",
                "--app.whatsapp.daily-cap=100000",
                "--app.reminders.max-retries=3",
                "--jobrunr.dashboard.enabled=false",
                "--jobrunr.background-job-server.poll-interval-in-seconds=5",
                "--vaadin.productionMode=true"));
        Path log = dataDir.resolve("app-" + System.nanoTime() + ".log");
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    private static void awaitSends(GatewayStandIn gateway, int total, Process app, int seconds) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (gateway.total() < total) {
            assertThat(app.isAlive()).as("app alive").isTrue();
            assertThat(System.nanoTime()).as("sends in time").isLessThan(deadline);
            Thread.sleep(20);
        }
    }

    private static void awaitDistinct(GatewayStandIn gateway, int distinct, Process app, int seconds) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (gateway.distinctNumbers() < distinct && System.nanoTime() < deadline && app.isAlive()) {
            Thread.sleep(200);
        }
    }

    private void writeClientsDueToday() throws Exception {
        LocalDate today = LocalDate.now(ZoneId.of("America/Sao_Paulo"));
        StringBuilder json = new StringBuilder("{\"clients\":[");
        for (int i = 0; i < CLIENTS; i++) {
            if (i > 0) {
                json.append(',');
            }
            json.append(String.format("{\"id\":\"%s\",\"name\":\"Cliente %d\",\"phone\":\"55119%08d\",\"plan_type\":\"IPTV\","
                            + "\"value\":35.0,\"plan_duration\":\"%s\",\"reminder_time_3days\":\"00:00\","
                            + "\"reminder_time_payment\":\"00:00\",\"custom_message_3days\":\"\",\"custom_message_payment\":\"\","
                            + "\"created_at\":\"2025-07-02T17:43:16.412774\"}",
                    UUID.nameUUIDFromBytes(("drill" + i).getBytes(StandardCharsets.UTF_8)), i, i, today));
        }
        json.append("]}");
        Files.writeString(dataDir.resolve("clients.json"), json);
    }
}
