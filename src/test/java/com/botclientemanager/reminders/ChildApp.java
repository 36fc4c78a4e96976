package com.botclientemanager.reminders;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The app as a child process (same classpath as the tests) sending reminders to a {@link GatewayStandIn}: for the
 * drills that kill it or run several of it.
 */
final class ChildApp {

    private ChildApp() {
    }

    static Process start(Path dataDir, GatewayStandIn gateway, String... extraArguments) throws IOException {
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
        command.addAll(List.of(extraArguments));
        Path log = dataDir.resolve("app-" + System.nanoTime() + ".log");
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    /** A seed-format clients.json with {@code count} clients due today (São Paulo), reminders at 00:00. */
    static void writeClientsDueToday(Path dataDir, int count) throws IOException {
        LocalDate today = LocalDate.now(ZoneId.of("America/Sao_Paulo"));
        StringBuilder json = new StringBuilder("{\"clients\":[");
        for (int i = 0; i < count; i++) {
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
