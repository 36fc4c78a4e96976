package com.botclientemanager.reminders;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import tools.jackson.databind.json.JsonMapper;

/**
 * A local stand-in for an Evolution API v2 gateway that accepts every text message (201 with a message key) and keeps
 * what each number received.
 */
public final class GatewayStandIn implements AutoCloseable {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern NUMBER = Pattern.compile("\"number\"\\s*:\\s*\"(\\d+)\"");

    private final MockWebServer server = new MockWebServer();
    private final Map<String, AtomicInteger> received = new ConcurrentHashMap<>();
    private final AtomicInteger total = new AtomicInteger();
    private final Map<String, List<String>> texts = new ConcurrentHashMap<>();

    public GatewayStandIn() throws IOException {
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                String path = request.getUrl().encodedPath();
                if (path.startsWith("/message/sendText/")) {
                    String body = request.getBody() == null ? "" : request.getBody().utf8();
                    Matcher number = NUMBER.matcher(body);
                    String to = number.find() ? number.group(1) : "?";
                    received.computeIfAbsent(to, n -> new AtomicInteger()).incrementAndGet();
                    texts.computeIfAbsent(to, n -> new CopyOnWriteArrayList<>()).add(JSON.readTree(body).path("text").asString());
                    int id = total.incrementAndGet();
                    return json(201, "{\"key\":{\"remoteJid\":\"" + to + "@s.whatsapp.net\",\"fromMe\":true,\"id\":\"MSG" + id
                            + "\"},\"status\":\"PENDING\"}");
                }
                if (path.startsWith("/instance/connectionState/")) {
                    return json(200, "{\"instance\":{\"instanceName\":\"drill\",\"state\":\"open\"}}");
                }
                return json(404, "{\"status\":404,\"error\":\"Not Found\"}");
            }
        });
        server.start();
    }

    private static MockResponse json(int code, String body) {
        return new MockResponse.Builder().code(code).addHeader("Content-Type", "application/json").body(body).build();
    }

    public String url() {
        return server.url("/").toString();
    }

    public int total() {
        return total.get();
    }

    public int distinctNumbers() {
        return received.size();
    }

    /** The texts each number received, in order. */
    public Map<String, List<String>> texts() {
        return texts;
    }

    public Map<String, AtomicInteger> received() {
        return received;
    }

    @Override
    public void close() {
        server.close();
    }
}
