package com.botclientemanager.soak;

import com.botclientemanager.testing.KeepAliveServer;
import com.botclientemanager.testing.KeepAliveServer.Request;
import com.botclientemanager.testing.KeepAliveServer.Response;
import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * An Evolution API v2 stand-in that behaves like the real one on Node: {@code POST /message/sendText/{instance}} and
 * {@code GET /instance/connectionState/{instance}} with the {@code apikey} header, idle keep-alive connections closed
 * after 5 s, one client in twenty answered 503 on its first try, and now and then a slow answer (which makes the app
 * open a second connection that then sits idle). Every accepted message is counted by number and text, and its delivery
 * reports go to the app through {@link StatusWebhooks}.
 */
final class EvolutionStandIn implements AutoCloseable {

    static final Duration NODE_KEEP_ALIVE_TIMEOUT = Duration.ofSeconds(5);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final String apiKey;
    private final String instance;
    private final Duration slowEvery;
    private final Duration slowFor;
    private final StatusWebhooks webhooks;
    private final KeepAliveServer server;
    private final Map<String, AtomicInteger> deliveries = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> attemptsByNumber = new ConcurrentHashMap<>();
    private final AtomicInteger firstSeen = new AtomicInteger();
    private final AtomicInteger accepted = new AtomicInteger();
    private final AtomicInteger unavailable = new AtomicInteger();
    private final AtomicInteger slowAnswers = new AtomicInteger();
    private long lastSlowNanos = System.nanoTime();

    EvolutionStandIn(String apiKey, String instance, Duration slowEvery, Duration slowFor) throws IOException {
        this.apiKey = apiKey;
        this.instance = instance;
        this.slowEvery = slowEvery;
        this.slowFor = slowFor;
        this.webhooks = new StatusWebhooks(instance);
        this.server = new KeepAliveServer(NODE_KEEP_ALIVE_TIMEOUT, this::handle);
    }

    String url() {
        return server.url();
    }

    StatusWebhooks webhooks() {
        return webhooks;
    }

    private Response handle(Request request) {
        if (!apiKey.equals(request.headers().get("apikey"))) {
            return Response.json(401, "{\"status\":401,\"error\":\"Unauthorized\"}");
        }
        if (request.method().equals("POST") && request.path().equals("/message/sendText/" + instance)) {
            return sendText(JSON.readTree(request.body()));
        }
        if (request.method().equals("GET") && request.path().equals("/instance/connectionState/" + instance)) {
            return Response.json(200, "{\"instance\":{\"instanceName\":\"" + instance + "\",\"state\":\"open\"}}");
        }
        return Response.json(404, "{\"status\":404,\"error\":\"Not Found\"}");
    }

    private Response sendText(JsonNode body) {
        String number = body.path("number").asString("");
        String text = body.path("text").asString("");
        int attempt = attemptsByNumber.computeIfAbsent(number, n -> new AtomicInteger()).incrementAndGet();
        if (attempt == 1 && firstSeen.incrementAndGet() % 20 == 7) {
            unavailable.incrementAndGet();
            return Response.json(503, "{\"status\":503,\"error\":\"Service Unavailable\"}");
        }
        int sequence = accepted.incrementAndGet();
        deliveries.computeIfAbsent(number + "\n" + text, k -> new AtomicInteger()).incrementAndGet();
        String id = "SOAK" + String.format("%08d", sequence);
        Duration delay = slowNow() ? slowFor : Duration.ZERO;
        webhooks.accepted(id, number, sequence, delay);
        String answer = "{\"key\":{\"remoteJid\":\"" + number + "@s.whatsapp.net\",\"fromMe\":true,\"id\":\"" + id
                + "\"},\"status\":\"PENDING\"}";
        return new Response(201, answer, delay);
    }

    /** Every {@code slowEvery} one answer takes {@code slowFor}, so the app needs a second connection for a moment. */
    private synchronized boolean slowNow() {
        long now = System.nanoTime();
        if (now - lastSlowNanos < slowEvery.toNanos()) {
            return false;
        }
        lastSlowNanos = now;
        slowAnswers.incrementAndGet();
        return true;
    }

    /** Messages accepted (201), counting repeats. */
    int accepted() {
        return accepted.get();
    }

    /** Distinct numbers that received at least one message. */
    long numbersReached() {
        return deliveries.keySet().stream().map(k -> k.substring(0, k.indexOf('\n'))).distinct().count();
    }

    /** Number-and-text pairs received more than once. */
    Map<String, Integer> repeated() {
        Map<String, Integer> repeated = new ConcurrentHashMap<>();
        deliveries.forEach((key, count) -> {
            if (count.get() > 1) {
                repeated.put(key, count.get());
            }
        });
        return repeated;
    }

    int unavailableAnswers() {
        return unavailable.get();
    }

    int slowAnswers() {
        return slowAnswers.get();
    }

    int idleCloses() {
        return server.idleCloses();
    }

    int connections() {
        return server.connections();
    }

    @Override
    public void close() throws Exception {
        try {
            webhooks.close();
        } finally {
            server.close();
        }
    }
}
