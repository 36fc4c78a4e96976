package com.botclientemanager.reminders;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Random;
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
        return ChildApp.start(dataDir, gateway);
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
        ChildApp.writeClientsDueToday(dataDir, CLIENTS);
    }
}
