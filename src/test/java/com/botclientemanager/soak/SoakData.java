package com.botclientemanager.soak;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

/**
 * A fresh data dir: a seed-format {@code clients.json} whose clients are all due today in São Paulo with their
 * reminder time (00:00) already passed, so the first sweep hands them all out, and sending settings (the WhatsApp
 * page's "Horário de envio", key {@code sending} of {@code settings.json}) open all day, every day, at the drill's
 * rate.
 */
final class SoakData {

    static final ZoneId SAO_PAULO = ZoneId.of("America/Sao_Paulo");

    private SoakData() {
    }

    static void seed(Path dataDir, int clients, int ratePerMinute) throws IOException {
        Files.createDirectories(dataDir);
        Files.writeString(dataDir.resolve("clients.json"), clients(clients), StandardCharsets.UTF_8);
        String sending = """
                {"sending":{"windowStart":"00:00","windowEnd":"23:59","days":["MONDAY","TUESDAY","WEDNESDAY",\
                "THURSDAY","FRIDAY","SATURDAY","SUNDAY"],"ratePerMinute":%d,"dailyCap":100000}}""";
        Files.writeString(dataDir.resolve("settings.json"), sending.formatted(ratePerMinute), StandardCharsets.UTF_8);
    }

    /** The number the stand-in sees for client {@code i}. */
    static String phone(int i) {
        return String.format("55119%08d", i);
    }

    private static String clients(int count) {
        LocalDate today = LocalDate.now(SAO_PAULO);
        StringBuilder json = new StringBuilder("{\"clients\":[");
        for (int i = 0; i < count; i++) {
            json.append(i == 0 ? "" : ",").append(String.format("""
                    {"id":"%s","name":"Cliente Soak %d","phone":"%s","plan_type":"%s","value":35.0,\
                    "plan_duration":"%s","reminder_time_3days":"00:00","reminder_time_payment":"00:00",\
                    "custom_message_3days":"","custom_message_payment":"","created_at":"2025-07-02T17:43:16.412774"}""",
                    UUID.nameUUIDFromBytes(("soak" + i).getBytes(StandardCharsets.UTF_8)), i, phone(i),
                    i % 2 == 0 ? "IPTV" : "VPN", today));
        }
        return json.append("]}").toString();
    }
}
