package com.botclientemanager.soak;

import java.nio.file.Path;
import java.time.Duration;

/**
 * How long and how hard the drill runs, and its bounds; CI's values by default, {@code bench/soak} passes others as
 * system properties ({@code -Dsoak.minutes=30}).
 *
 * @param minutes          planned length of the reminder batch (clients / rate)
 * @param ratePerMinute    the sending rate saved in the app's settings
 * @param clients          clients due now, one reminder each
 * @param appHeap          the app's {@code -Xmx}, as on a small server
 * @param maxHeapGrowthMb  heap after GC at the end minus at the start, at most
 * @param maxWebhookP99Ms  99th percentile of the app's answer to a status webhook, at most
 * @param oversizedMb      size of the oversized webhook body
 * @param slowEvery        one answer of the stand-in every this long is slow...
 * @param slowFor          ... by this much
 */
record SoakSettings(Path jar, double minutes, int ratePerMinute, int clients, String appHeap, double maxHeapGrowthMb,
        double maxWebhookP99Ms, long oversizedMb, Duration slowEvery, Duration slowFor) {

    static SoakSettings fromSystemProperties() {
        double minutes = Double.parseDouble(System.getProperty("soak.minutes", "2"));
        int rate = Integer.getInteger("soak.rate", 100);
        int clients = Integer.getInteger("soak.clients", (int) Math.round(minutes * rate));
        return new SoakSettings(Path.of(System.getProperty("soak.jar", "target/bot-cliente-manager.jar")),
                minutes, rate, clients, System.getProperty("soak.heap", "512m"),
                Double.parseDouble(System.getProperty("soak.maxHeapGrowthMb", "32")),
                Double.parseDouble(System.getProperty("soak.maxWebhookP99Ms", "500")),
                Long.getLong("soak.oversizedMb", 300),
                Duration.ofMillis(Long.getLong("soak.slowEveryMs", 8000)),
                Duration.ofMillis(Long.getLong("soak.slowForMs", 1500)));
    }

    /** The longest the batch may take before the drill gives up: its planned length plus retries and start-up. */
    Duration batchDeadline() {
        return Duration.ofSeconds(Math.round(minutes * 60 * 1.5) + 120);
    }

    /** After this the watchdog kills the app whatever the drill is doing. */
    Duration hardTimeout() {
        return batchDeadline().plusMinutes(5);
    }
}
