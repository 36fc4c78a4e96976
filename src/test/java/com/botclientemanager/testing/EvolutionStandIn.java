package com.botclientemanager.testing;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;

/**
 * Evolution API v2 for one instance and one API key, answering as the real server does: 401 for another key, 404
 * naming the instance until {@code instance/create}, the connection state, a QR code (and pairing code) while closed,
 * {@code webhook/set}, {@code message/sendText} and {@code instance/logout}. Tests flip {@link #open} when "the phone
 * scans the code" and read what the app sent.
 */
public final class EvolutionStandIn extends Dispatcher {

    private static final Pattern NUMBER = Pattern.compile("\"number\"\\s*:\\s*\"(\\d+)\"");

    private final String instance;
    private final String apiKey;
    private final boolean existsAtStart;
    private final String pairingCode;
    private final String messageIdPrefix;
    private final AtomicInteger messages = new AtomicInteger();

    public volatile boolean created;
    public volatile boolean open;
    /** The QR code's text while the instance is closed; Evolution rotates it, so tests may change it. */
    public volatile String code;
    public final List<String> paths = new CopyOnWriteArrayList<>();
    public final List<String> apiKeys = new CopyOnWriteArrayList<>();
    public final List<String> webhookBodies = new CopyOnWriteArrayList<>();
    public final List<String> sent = new CopyOnWriteArrayList<>();

    /**
     * @param existsAtStart whether the instance exists before the app creates it
     * @param pairingCode the code to type on the phone instead of scanning, or null when Evolution offers none
     * @param messageIdPrefix the sent messages' ids are this prefix followed by 1, 2, ...
     */
    public EvolutionStandIn(String instance, String apiKey, boolean existsAtStart, String code, String pairingCode,
            String messageIdPrefix) {
        this.instance = instance;
        this.apiKey = apiKey;
        this.existsAtStart = existsAtStart;
        this.code = code;
        this.pairingCode = pairingCode;
        this.messageIdPrefix = messageIdPrefix;
        this.created = existsAtStart;
    }

    /** Back to the state before the first request. */
    public void reset() {
        created = existsAtStart;
        open = false;
        messages.set(0);
        paths.clear();
        apiKeys.clear();
        webhookBodies.clear();
        sent.clear();
    }

    @Override
    public MockResponse dispatch(RecordedRequest request) {
        String path = request.getUrl().encodedPath();
        String key = String.valueOf(request.getHeaders().get("apikey"));
        paths.add(request.getMethod() + " " + path);
        apiKeys.add(key);
        if (!apiKey.equals(key)) {
            return json(401, "{\"status\":401,\"error\":\"Unauthorized\",\"response\":{\"message\":\"Unauthorized\"}}");
        }
        if (path.equals("/instance/create")) {
            created = true;
            return json(201, "{\"instance\":{\"instanceName\":\"" + instance + "\",\"status\":\"created\"},\"qrcode\":{}}");
        }
        if (!created && path.endsWith("/" + instance)) {
            return json(404, "{\"status\":404,\"error\":\"Not Found\",\"response\":{\"message\":"
                    + "[\"The \\\"" + instance + "\\\" instance does not exist\"]}}");
        }
        String action = path.endsWith("/" + instance) ? path.substring(0, path.length() - instance.length() - 1) : path;
        return switch (action) {
            case "/instance/connectionState" -> json(200, "{\"instance\":{\"instanceName\":\"" + instance
                    + "\",\"state\":\"" + (open ? "open" : "close") + "\"}}");
            case "/instance/connect" -> open
                    ? json(200, "{\"instance\":{\"instanceName\":\"" + instance + "\",\"state\":\"open\"}}")
                    : json(200, "{\"pairingCode\":" + (pairingCode == null ? "null" : "\"" + pairingCode + "\"")
                            + ",\"code\":\"" + code + "\",\"base64\":\"data:image/png;base64,iVBORw0KGgo=\",\"count\":1}");
            case "/instance/logout" -> {
                open = false;
                yield json(200, "{\"status\":\"SUCCESS\",\"error\":false,\"response\":{\"message\":\"Instance logged out\"}}");
            }
            case "/webhook/set" -> {
                webhookBodies.add(request.getBody().utf8());
                yield json(201, "{\"webhook\":{\"instanceName\":\"" + instance + "\",\"enabled\":true}}");
            }
            case "/message/sendText" -> sendText(request.getBody().utf8());
            default -> json(404, "{\"status\":404,\"error\":\"Not Found\"}");
        };
    }

    private MockResponse sendText(String body) {
        sent.add(body);
        Matcher number = NUMBER.matcher(body);
        String jid = (number.find() ? number.group(1) : "0") + "@s.whatsapp.net";
        return json(201, "{\"key\":{\"remoteJid\":\"" + jid + "\",\"fromMe\":true,\"id\":\"" + messageIdPrefix
                + messages.incrementAndGet() + "\"},\"status\":\"PENDING\",\"messageType\":\"conversation\"}");
    }

    private static MockResponse json(int code, String body) {
        return new MockResponse.Builder().code(code).addHeader("Content-Type", "application/json").body(body).build();
    }
}
