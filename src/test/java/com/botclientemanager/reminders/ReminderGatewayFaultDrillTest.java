package com.botclientemanager.reminders;

import static org.assertj.core.api.Assertions.assertThat;

import com.botclientemanager.clients.Client;
import com.botclientemanager.clients.ClientDirectory;
import com.botclientemanager.reminders.internal.ReminderSweep;
import com.botclientemanager.whatsapp.LoggedMessage;
import com.botclientemanager.whatsapp.MessageFilter;
import com.botclientemanager.whatsapp.MessageLog;
import com.botclientemanager.whatsapp.MessageStatus;
import com.botclientemanager.whatsapp.SeparateAppTest;
import com.botclientemanager.whatsapp.StatusChange;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Fault drill: reminders go through the real JobRunr server (its retries, our Retry-After filter) and the real Evolution
 * adapter to a stand-in of Evolution API v2's {@code POST /message/sendText/{instance}} that answers 500s, 429 with
 * Retry-After, answers slower than the read timeout, drops connections after the request or at once, and refuses for
 * good (400 "exists": false, 400 bad request). Every reminder must end delivered exactly once, or FAILED with a reason a
 * person can read; none is sent twice, and no retry comes before the Retry-After it was given.
 * <p>
 * The stand-in counts a message as delivered only when it answered 201. A request it dropped or answered too late is a
 * gateway that failed before sending; a real gateway that sends and then answers too late is the one duplicate window no
 * client can close (Evolution has no idempotency key).
 */
@Tag("drill")
class ReminderGatewayFaultDrillTest extends SeparateAppTest {

    static final int MAX_RETRIES = 3;
    static final int RETRY_AFTER_SECONDS = 12;
    /**
     * Long enough that a prompt 201 is never taken for a timeout on a machine under heavy load (with 2 s, a load average
     * of 40 made one: the client gave up, retried, and the number got the message twice, which is the one duplicate
     * window no client can close); the default is 30 s.
     */
    static final Duration READ_TIMEOUT = Duration.ofSeconds(5);
    static final Pattern NUMBER = Pattern.compile("\"number\"\\s*:\\s*\"(\\d+)\"");
    static final EvolutionStandIn GATEWAY = new EvolutionStandIn();

    /** What the stand-in answers each number, attempt after attempt; once the script is spent, 201. */
    static final Map<String, Scenario> SCENARIOS = new ConcurrentHashMap<>();

    static {
        scenario("5511990000001", Outcome.SENT);
        scenario("5511990000002", Outcome.SENT, Fault.ERROR_500, Fault.ERROR_500);
        scenario("5511990000003", Outcome.SENT, Fault.RATE_LIMITED);
        scenario("5511990000004", Outcome.SENT, Fault.TOO_SLOW);
        scenario("5511990000005", Outcome.SENT, Fault.DROP_AFTER_REQUEST, Fault.DROP_AFTER_REQUEST);
        scenario("5511990000006", Outcome.SENT, Fault.ERROR_500, Fault.RATE_LIMITED_SHORT, Fault.TOO_SLOW);
        scenario("5511990000007", Outcome.FAILED, Fault.NOT_ON_WHATSAPP);
        scenario("5511990000008", Outcome.FAILED, Fault.BAD_REQUEST);
        scenario("5511990000009", Outcome.FAILED, Fault.ERROR_500, Fault.ERROR_500, Fault.ERROR_500, Fault.ERROR_500,
                Fault.ERROR_500, Fault.ERROR_500, Fault.ERROR_500, Fault.ERROR_500);
        scenario("5511990000010", Outcome.FAILED, Fault.RATE_LIMITED_SHORT, Fault.RATE_LIMITED_SHORT,
                Fault.RATE_LIMITED_SHORT, Fault.RATE_LIMITED_SHORT, Fault.RATE_LIMITED_SHORT, Fault.RATE_LIMITED_SHORT);
        scenario("5511990000011", Outcome.FAILED, Fault.TOO_SLOW, Fault.TOO_SLOW, Fault.TOO_SLOW, Fault.TOO_SLOW,
                Fault.TOO_SLOW, Fault.TOO_SLOW);
        for (int i = 12; i <= 20; i++) {
            scenario("55119900000" + i, Outcome.SENT);
        }
    }

    /**
     * Sent once the first batch settled, while the stand-in closes the next {@link #DROPS_AT_START} connections as soon as
     * it accepts them: a drop costs a random one of these an attempt, so none of them has another fault.
     */
    static final List<String> SENT_DURING_DROPS = List.of("5511990000021", "5511990000022", "5511990000023");
    static final int DROPS_AT_START = 3;

    @DynamicPropertySource
    static void evolutionStandIn(DynamicPropertyRegistry registry) {
        registry.add("app.whatsapp.provider", () -> "evolution");
        registry.add("app.whatsapp.evolution.url", () -> GATEWAY.url());
        registry.add("app.whatsapp.evolution.api-key", () -> "drill-key");
        registry.add("app.whatsapp.evolution.instance", () -> "drill");
        registry.add("app.whatsapp.connect-timeout", () -> "5s");
        registry.add("app.whatsapp.read-timeout", () -> READ_TIMEOUT.toSeconds() + "s");
        registry.add("app.whatsapp.window-start", () -> "00:00");
        registry.add("app.whatsapp.window-end", () -> "23:59:59");
        registry.add("app.whatsapp.rate-per-minute", () -> 6000);
        registry.add("app.reminders.max-retries", () -> MAX_RETRIES);
        // retries after 1 s (1^n) instead of 3^n s, picked up by the next poll of the job server
        registry.add("jobrunr.jobs.retry-back-off-time-seed", () -> 1);
        registry.add("jobrunr.background-job-server.poll-interval-in-seconds", () -> 5);
        registry.add("jobrunr.dashboard.enabled", () -> false);
    }

    @AfterAll
    static void stopGateway() {
        GATEWAY.close();
    }

    @Autowired
    ClientDirectory clients;
    @Autowired
    ReminderSweep sweep;
    @Autowired
    MessageLog log;
    @Autowired
    ReminderProperties reminders;

    @Test
    void everyReminderEndsDeliveredOnceOrFailedWithAReason() throws Exception {
        LocalDate today = LocalDate.now(reminders.zone());
        SCENARIOS.keySet().forEach(phone -> clients.save(client(phone, today)));
        long start = System.nanoTime();

        sweep.sweep();
        awaitAllFinal(SCENARIOS.size(), Duration.ofSeconds(90));
        GATEWAY.dropsAtStartLeft.set(DROPS_AT_START);
        SENT_DURING_DROPS.forEach(phone -> SCENARIOS.put(phone, new Scenario(Outcome.SENT, List.of())));
        SENT_DURING_DROPS.forEach(phone -> clients.save(client(phone, today)));
        sweep.sweep();
        Map<String, LoggedMessage> byPhone = awaitAllFinal(SCENARIOS.size(), Duration.ofSeconds(60));
        System.out.printf("gateway fault drill: %d reminders settled in %d s, %d requests, %d connections dropped at start%n",
                byPhone.size(), TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start), GATEWAY.requests.size(),
                GATEWAY.droppedAtStart.get());

        Properties bundle = bundle();
        for (Map.Entry<String, Scenario> entry : SCENARIOS.entrySet()) {
            String phone = entry.getKey();
            LoggedMessage message = byPhone.get(phone);
            assertThat(message).as("message of %s", phone).isNotNull();
            if (entry.getValue().outcome() == Outcome.SENT) {
                assertThat(message.status()).as("status of %s (%s)", phone, message.reason()).isEqualTo(MessageStatus.SENT);
                assertThat(GATEWAY.delivered(phone)).as("deliveries to %s", phone).isEqualTo(1);
            } else {
                assertThat(message.status()).as("status of %s", phone).isEqualTo(MessageStatus.FAILED);
                assertThat(GATEWAY.delivered(phone)).as("deliveries to %s", phone).isZero();
                String key = message.reason().split(" \\| ")[0];
                assertThat(bundle.getProperty(key)).as("readable reason of %s: %s", phone, message.reason()).isNotBlank();
            }
            assertThat(log.timeline(message.id())).filteredOn(change -> change.status() == MessageStatus.SENT)
                    .as("SENT entries of %s", phone).hasSizeLessThanOrEqualTo(1);
        }
        assertThat(byPhone.get("5511990000007").reason()).isEqualTo("whatsapp.reason.not-on-whatsapp");
        assertThat(byPhone.get("5511990000008").reason()).startsWith("whatsapp.reason.rejected");
        assertThat(byPhone.get("5511990000009").reason()).startsWith("whatsapp.reason.unavailable");
        assertThat(byPhone.get("5511990000010").reason()).startsWith("whatsapp.reason.rate-limited");
        assertThat(GATEWAY.attempts("5511990000007")).as("a permanent refusal is not retried").isEqualTo(1);
        assertThat(GATEWAY.attempts("5511990000009")).as("attempts before FAILED").isEqualTo(MAX_RETRIES + 1);

        List<Instant> rateLimited = GATEWAY.times("5511990000003");
        assertThat(rateLimited).hasSize(2);
        assertThat(Duration.between(rateLimited.get(0), rateLimited.get(1)))
                .as("the retry after a 429 waits for its Retry-After").isGreaterThanOrEqualTo(
                        Duration.ofSeconds(RETRY_AFTER_SECONDS));
        assertThat(GATEWAY.requests).allSatisfy(request -> {
            assertThat(request.path()).isEqualTo("/message/sendText/drill");
            assertThat(request.apiKey()).isEqualTo("drill-key");
        });
        assertThat(GATEWAY.droppedAtStart.get()).as("connections dropped at start").isEqualTo(DROPS_AT_START);
    }

    private Map<String, LoggedMessage> awaitAllFinal(int count, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        Map<String, LoggedMessage> byPhone = Map.of();
        while (System.nanoTime() < deadline) {
            byPhone = new LinkedHashMap<>();
            for (LoggedMessage message : log.find(MessageFilter.all(), 0, 1000)) {
                byPhone.put(message.phone(), message);
            }
            if (byPhone.size() == count && byPhone.values().stream().allMatch(m -> m.status().isFinal())) {
                return byPhone;
            }
            Thread.sleep(500);
        }
        throw new AssertionError("not every reminder settled in " + timeout + ": " + byPhone.values().stream()
                .map(m -> m.phone() + "=" + m.status() + " (" + m.reason() + ")").toList());
    }

    private static Client client(String phone, LocalDate due) {
        return new Client("drill-" + phone, "Cliente " + phone.substring(phone.length() - 2), phone, "IPTV",
                new BigDecimal("35.00"), due, LocalTime.MIDNIGHT, LocalTime.MIDNIGHT, "", "",
                LocalDateTime.of(2026, 1, 1, 10, 0), "Mensal", null, true, true, null, false);
    }

    private static Properties bundle() throws IOException {
        Properties properties = new Properties();
        try (Reader reader = new InputStreamReader(ReminderGatewayFaultDrillTest.class
                .getResourceAsStream("/i18n/messages_pt_BR.properties"), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }

    private static void scenario(String phone, Outcome outcome, Fault... faults) {
        SCENARIOS.put(phone, new Scenario(outcome, List.of(faults)));
    }

    enum Outcome { SENT, FAILED }

    enum Fault {
        ERROR_500, RATE_LIMITED, RATE_LIMITED_SHORT, TOO_SLOW, DROP_AFTER_REQUEST, NOT_ON_WHATSAPP, BAD_REQUEST;

        MockResponse response(String phone) {
            return switch (this) {
                case ERROR_500 -> json(500, "{\"status\":500,\"error\":\"Internal Server Error\","
                        + "\"response\":{\"message\":[\"Connection Closed\"]}}").build();
                case RATE_LIMITED -> json(429, "{\"status\":429,\"error\":\"Too Many Requests\"}")
                        .setHeader("Retry-After", RETRY_AFTER_SECONDS).build();
                case RATE_LIMITED_SHORT -> json(429, "{\"status\":429,\"error\":\"Too Many Requests\"}")
                        .setHeader("Retry-After", 1).build();
                // a hung gateway that gives up without sending, long after the client stopped waiting
                case TOO_SLOW -> json(504, "{\"status\":504}").headersDelay(READ_TIMEOUT.toMillis() * 2,
                        TimeUnit.MILLISECONDS).build();
                case DROP_AFTER_REQUEST -> new MockResponse.Builder().onResponseStart(new SocketEffect.CloseSocket())
                        .setHeader("Connection", "close").build();
                case NOT_ON_WHATSAPP -> json(400, "{\"status\":400,\"error\":\"Bad Request\",\"response\":{\"message\":"
                        + "[{\"jid\":\"" + phone + "@s.whatsapp.net\",\"exists\":false,\"number\":\"" + phone + "\"}]}}")
                        .build();
                case BAD_REQUEST -> json(400, "{\"status\":400,\"error\":\"Bad Request\",\"response\":{\"message\":"
                        + "[\"number must be a valid phone\"]}}").build();
            };
        }
    }

    record Scenario(Outcome outcome, List<Fault> faults) {
    }

    record Received(String phone, String path, String apiKey, Instant at) {
    }

    /** Each answer closes its connection, so every request comes on a new one (a drop at start is decided at accept). */
    static MockResponse.Builder json(int code, String body) {
        return new MockResponse.Builder().code(code).setHeader("Content-Type", "application/json")
                .setHeader("Connection", "close").body(body);
    }

    /** Evolution API v2's sendText, answering each number from its scenario. */
    static final class EvolutionStandIn {

        final MockWebServer server = new MockWebServer();
        final List<Received> requests = new CopyOnWriteArrayList<>();
        final Map<String, AtomicInteger> attemptsByPhone = new ConcurrentHashMap<>();
        final Map<String, AtomicInteger> deliveredByPhone = new ConcurrentHashMap<>();
        /** While positive, a new connection is closed as soon as it is accepted, before the request is read. */
        final AtomicInteger dropsAtStartLeft = new AtomicInteger();
        final AtomicInteger droppedAtStart = new AtomicInteger();
        final AtomicInteger messageIds = new AtomicInteger();

        EvolutionStandIn() {
            server.setDispatcher(new Dispatcher() {
                @Override
                public MockResponse peek() {
                    return dropsAtStartLeft.get() > 0
                            ? new MockResponse.Builder().onRequestStart(new SocketEffect.CloseSocket()).build()
                            : super.peek();
                }

                @Override
                public MockResponse dispatch(RecordedRequest request) {
                    return answer(request);
                }
            });
            try {
                server.start();
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }

        String url() {
            return server.url("/").toString();
        }

        MockResponse answer(RecordedRequest request) {
            String body = request.getBody() == null ? "" : request.getBody().utf8();
            Matcher number = NUMBER.matcher(body);
            if (!"POST".equals(request.getMethod()) || !number.find()) {
                // MockWebServer's record of a connection closed at accept, or a request we do not expect
                if (dropsAtStartLeft.getAndDecrement() > 0) {
                    droppedAtStart.incrementAndGet();
                }
                return json(404, "{\"status\":404}").build();
            }
            String phone = number.group(1);
            requests.add(new Received(phone, request.getUrl().encodedPath(), request.getHeaders().get("apikey"),
                    Instant.now()));
            int attempt = attemptsByPhone.computeIfAbsent(phone, p -> new AtomicInteger()).getAndIncrement();
            Scenario scenario = SCENARIOS.get(phone);
            if (scenario != null && attempt < scenario.faults().size()) {
                return scenario.faults().get(attempt).response(phone);
            }
            deliveredByPhone.computeIfAbsent(phone, p -> new AtomicInteger()).incrementAndGet();
            return json(201, "{\"key\":{\"remoteJid\":\"" + phone + "@s.whatsapp.net\",\"fromMe\":true,\"id\":\"BAE5"
                    + messageIds.incrementAndGet() + "\"},\"message\":{\"extendedTextMessage\":{\"text\":\"...\"}},"
                    + "\"messageTimestamp\":" + Instant.now().getEpochSecond() + ",\"status\":\"PENDING\"}").build();
        }

        int delivered(String phone) {
            AtomicInteger count = deliveredByPhone.get(phone);
            return count == null ? 0 : count.get();
        }

        int attempts(String phone) {
            AtomicInteger count = attemptsByPhone.get(phone);
            return count == null ? 0 : count.get();
        }

        List<Instant> times(String phone) {
            List<Instant> times = new ArrayList<>();
            requests.stream().filter(r -> r.phone().equals(phone)).forEach(r -> times.add(r.at()));
            Collections.sort(times);
            return times;
        }

        void close() {
            server.close();
        }
    }
}
