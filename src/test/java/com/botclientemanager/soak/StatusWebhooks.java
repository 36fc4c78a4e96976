package com.botclientemanager.soak;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Evolution's delivery reports for the stand-in: for every accepted message 2-3 {@code messages.update} webhooks
 * (SERVER_ACK, DELIVERY_ACK, READ for two in three), some repeated, some for ids the app never stored, posted a moment
 * later by a few threads at once. Each answer's time is measured here, at the sender, like a provider would see it.
 */
final class StatusWebhooks implements AutoCloseable {

    private static final Duration RETRY_WHILE_NO_TARGET = Duration.ofMillis(500);

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final ScheduledThreadPoolExecutor senders = new ScheduledThreadPoolExecutor(4,
            Thread.ofPlatform().daemon().name("status-webhook-", 0).factory());
    private final String instance;
    private volatile URI target;
    /** Answer times after the warm-up; those during it only count towards the maximum. */
    private final Queue<Long> latenciesMicros = new ConcurrentLinkedQueue<>();
    private final AtomicLong maxMicros = new AtomicLong();
    private final AtomicInteger answered = new AtomicInteger();
    private volatile long steadyFromNanos = Long.MAX_VALUE;
    private final Queue<String> failures = new ConcurrentLinkedQueue<>();
    private final Map<String, String> lastStatus = new ConcurrentHashMap<>();
    private final AtomicInteger scheduled = new AtomicInteger();
    private final AtomicInteger finished = new AtomicInteger();
    private final AtomicInteger unknownIds = new AtomicInteger();
    private final AtomicInteger duplicates = new AtomicInteger();

    StatusWebhooks(String instance) {
        this.instance = instance;
    }

    /** The app's webhook URL; reports of messages accepted before it is known wait for it. */
    void target(URI url) {
        this.target = url;
    }

    /**
     * Schedules the reports of one accepted message ({@code sequence} counts accepted messages from 1) whose answer
     * leaves the stand-in after {@code answerDelay}.
     */
    void accepted(String messageId, String number, int sequence, Duration answerDelay) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long after = answerDelay.toMillis();
        schedule(messageId, number, "SERVER_ACK", after + random.nextInt(0, 300));
        // delivery and read come well after the app recorded the message as sent, as with a real phone
        schedule(messageId, number, "DELIVERY_ACK", after + random.nextInt(1000, 1500));
        lastStatus.put(messageId, "DELIVERED");
        if (sequence % 3 != 0) {
            schedule(messageId, number, "READ", after + random.nextInt(2000, 3000));
            lastStatus.put(messageId, "READ");
        }
        if (sequence % 4 == 0) {
            duplicates.incrementAndGet();
            schedule(messageId, number, "DELIVERY_ACK", after + random.nextInt(1500, 2500));
        }
        if (sequence % 10 == 0) {
            unknownIds.incrementAndGet();
            schedule("UNKNOWN" + sequence, number, "DELIVERY_ACK", random.nextInt(0, 1000));
        }
    }

    private void schedule(String messageId, String number, String status, long delayMillis) {
        scheduled.incrementAndGet();
        senders.schedule(() -> post(messageId, number, status), delayMillis, TimeUnit.MILLISECONDS);
    }

    private void post(String messageId, String number, String status) {
        URI url = target;
        if (url == null) {
            if (!senders.isShutdown()) {
                senders.schedule(() -> post(messageId, number, status), RETRY_WHILE_NO_TARGET.toMillis(),
                        TimeUnit.MILLISECONDS);
            } else {
                failures.add(status + " " + messageId + " -> never posted: the app's webhook URL was not known");
                finished.incrementAndGet();
            }
            return;
        }
        String body = """
                {"event":"messages.update","instance":"%s","data":{"keyId":"%s","remoteJid":"%s@s.whatsapp.net",\
                "fromMe":true,"status":"%s","instanceId":"soak"},"date_time":"2026-11-27T10:00:00.000Z",\
                "server_url":"http://127.0.0.1","apikey":null}""".formatted(instance, messageId, number, status);
        HttpRequest request = HttpRequest.newBuilder(url).timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build();
        long start = System.nanoTime();
        try {
            HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
            record(start);
            if (response.statusCode() != 200) {
                failures.add(status + " " + messageId + " -> HTTP " + response.statusCode());
            }
        } catch (Exception e) {
            record(start);
            failures.add(status + " " + messageId + " -> " + e);
        } finally {
            finished.incrementAndGet();
        }
    }

    /**
     * Answers to reports sent from now on count towards the percentiles; before, the app's JVM is still compiling its
     * hot code and the browser logging in, and answers take up to about a second on a busy machine.
     */
    void warmedUp() {
        steadyFromNanos = System.nanoTime();
    }

    private void record(long startNanos) {
        long micros = (System.nanoTime() - startNanos) / 1000;
        answered.incrementAndGet();
        maxMicros.accumulateAndGet(micros, Math::max);
        if (startNanos >= steadyFromNanos) {
            latenciesMicros.add(micros);
        }
    }

    /** The slowest answer, warm-up included, in milliseconds. */
    double maxMillis() {
        return maxMicros.get() / 1000.0;
    }

    /** Reports scheduled and not yet answered. */
    int pending() {
        return scheduled.get() - finished.get();
    }

    /** Reports the app answered (or failed to answer), warm-up included. */
    int posted() {
        return answered.get();
    }

    int unknownIds() {
        return unknownIds.get();
    }

    int duplicates() {
        return duplicates.get();
    }

    List<String> failures() {
        return new ArrayList<>(failures);
    }

    /** The status each accepted message should end in: READ or DELIVERED. */
    Map<String, String> expectedFinalStatus() {
        return Map.copyOf(lastStatus);
    }

    /** The given percentile (0-100) of the answer times after the warm-up, in milliseconds. */
    double percentileMillis(double percentile) {
        List<Long> sorted = new ArrayList<>(latenciesMicros);
        if (sorted.isEmpty()) {
            return 0;
        }
        sorted.sort(null);
        int index = (int) Math.ceil(percentile / 100 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index))) / 1000.0;
    }

    /** Lets every scheduled report go out, then stops. */
    @Override
    public void close() throws InterruptedException {
        senders.shutdown();
        senders.awaitTermination(30, TimeUnit.SECONDS);
        senders.shutdownNow();
        http.close();
    }
}
