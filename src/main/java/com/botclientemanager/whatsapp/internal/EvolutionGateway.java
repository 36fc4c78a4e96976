package com.botclientemanager.whatsapp.internal;

import static com.botclientemanager.whatsapp.internal.HttpSupport.parse;
import static com.botclientemanager.whatsapp.internal.HttpSupport.shorten;
import static com.botclientemanager.whatsapp.internal.HttpSupport.text;

import com.botclientemanager.whatsapp.ConnectionStatus;
import com.botclientemanager.whatsapp.ConnectionStatus.ConnectionState;
import com.botclientemanager.whatsapp.GatewayResult;
import com.botclientemanager.whatsapp.GatewayResult.FailureCause;
import com.botclientemanager.whatsapp.Pairing;
import com.botclientemanager.whatsapp.Provider;
import com.botclientemanager.whatsapp.WhatsAppGateway;
import com.botclientemanager.whatsapp.WhatsAppProperties;
import java.io.IOException;
import java.time.Clock;
import java.util.Map;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;

/**
 * Evolution API v2 (a self-hosted gateway linked to the user's number by QR code): {@code POST /instance/create},
 * {@code GET /instance/connect/{instance}}, {@code GET /instance/connectionState/{instance}},
 * {@code DELETE /instance/logout/{instance}} and {@code POST /message/sendText/{instance}}, authenticated by the
 * {@code apikey} header.
 */
final class EvolutionGateway implements WhatsAppGateway {

    private static final Logger log = LoggerFactory.getLogger(EvolutionGateway.class);

    private final OkHttpClient http;
    private final HttpUrl baseUrl;
    private final String apiKey;
    private final String instance;
    private final Clock clock;

    EvolutionGateway(OkHttpClient http, WhatsAppProperties.Evolution settings, Clock clock) {
        this.http = http;
        this.baseUrl = HttpUrl.get(settings.url().toString());
        this.apiKey = settings.apiKey();
        this.instance = settings.instance();
        this.clock = clock;
    }

    @Override
    public Provider provider() {
        return Provider.EVOLUTION;
    }

    @Override
    public GatewayResult sendText(String phone, String text) {
        Request request = request("message/sendText").post(json(Map.of("number", phone, "text", text))).build();
        try (Response response = http.newCall(request).execute()) {
            String body = HttpSupport.answer(response);
            int code = response.code();
            if (code == 200 || code == 201) {
                // accepted even when the answer is unreadable: sending again could duplicate the message
                return GatewayResult.accepted(text(parse(body).path("key").path("id")));
            }
            return failure(code, parse(body), response.header("Retry-After"));
        } catch (IOException e) {
            return GatewayResult.transientFailure(FailureCause.UNAVAILABLE, shorten(e.getMessage()), null);
        }
    }

    private GatewayResult failure(int code, JsonNode body, String retryAfter) {
        JsonNode message = body.path("response").path("message");
        return switch (code) {
            case 400 -> notOnWhatsApp(message)
                    ? GatewayResult.permanent(FailureCause.NOT_ON_WHATSAPP, null)
                    : GatewayResult.permanent(FailureCause.REJECTED, shorten(message.isMissingNode() ? null : message.toString()));
            case 401, 403 -> GatewayResult.permanent(FailureCause.INVALID_CREDENTIALS, null);
            case 404 -> GatewayResult.transientFailure(FailureCause.NOT_CONNECTED, null, null);
            case 429 -> GatewayResult.transientFailure(FailureCause.RATE_LIMITED, null,
                    HttpSupport.retryAfter(retryAfter, clock.instant()));
            default -> code >= 500
                    ? GatewayResult.transientFailure(FailureCause.UNAVAILABLE, "HTTP " + code, null)
                    : GatewayResult.permanent(FailureCause.REJECTED, "HTTP " + code);
        };
    }

    /** Evolution answers 400 with {@code response.message: [{jid, exists: false, number}]} for a number without WhatsApp. */
    private static boolean notOnWhatsApp(JsonNode message) {
        if (message.isArray()) {
            for (JsonNode entry : message) {
                if (entry.path("exists").isBoolean() && !entry.path("exists").booleanValue()) {
                    return true;
                }
            }
        }
        return message.path("exists").isBoolean() && !message.path("exists").booleanValue();
    }

    @Override
    public ConnectionStatus connectionStatus() {
        try (Response response = http.newCall(request("instance/connectionState").get().build()).execute()) {
            JsonNode body = parse(HttpSupport.answer(response));
            return switch (response.code()) {
                case 200 -> status(text(body.path("instance").path("state")));
                case 404 -> ConnectionStatus.of(ConnectionState.DISCONNECTED);
                case 401, 403 -> new ConnectionStatus(ConnectionState.ERROR, "whatsapp.reason.invalid-credentials");
                default -> new ConnectionStatus(ConnectionState.ERROR, "whatsapp.reason.unavailable");
            };
        } catch (IOException e) {
            return new ConnectionStatus(ConnectionState.ERROR, "whatsapp.reason.unavailable");
        }
    }

    private static ConnectionStatus status(String state) {
        if ("open".equals(state)) {
            return ConnectionStatus.of(ConnectionState.CONNECTED);
        }
        if ("connecting".equals(state)) {
            return ConnectionStatus.of(ConnectionState.WAITING_FOR_QR);
        }
        if ("close".equals(state) || "refused".equals(state)) {
            return ConnectionStatus.of(ConnectionState.DISCONNECTED);
        }
        return new ConnectionStatus(ConnectionState.ERROR, "whatsapp.reason.unavailable");
    }

    @Override
    public Pairing pair() {
        try {
            Pairing pairing = connect();
            if (pairing == null) {
                createInstance();
                pairing = connect();
            }
            return pairing == null ? Pairing.failed("whatsapp.reason.unavailable") : pairing;
        } catch (CredentialsRejected e) {
            return Pairing.failed("whatsapp.reason.invalid-credentials");
        } catch (IOException e) {
            return Pairing.failed("whatsapp.reason.unavailable");
        }
    }

    /** The current QR code, "connected", or null when the instance does not exist yet. */
    private Pairing connect() throws IOException {
        try (Response response = http.newCall(request("instance/connect").get().build()).execute()) {
            JsonNode body = parse(HttpSupport.answer(response));
            if (response.code() == 404 || (response.code() == 400 && body.toString().contains("does not exist"))) {
                return null;
            }
            rejectCredentials(response.code());
            if (response.code() != 200) {
                return Pairing.failed("whatsapp.reason.unavailable");
            }
            if ("open".equals(text(body.path("instance").path("state")))) {
                return Pairing.alreadyConnected();
            }
            String code = text(body.path("code"));
            return code == null || code.isBlank()
                    ? Pairing.failed("whatsapp.pair.no-code")
                    : new Pairing(false, code, text(body.path("pairingCode")), null);
        }
    }

    private void createInstance() throws IOException {
        Request request = new Request.Builder().url(baseUrl.newBuilder().addPathSegments("instance/create").build())
                .header("apikey", apiKey)
                .post(json(Map.of("instanceName", instance, "qrcode", true, "integration", "WHATSAPP-BAILEYS")))
                .build();
        try (Response response = http.newCall(request).execute()) {
            rejectCredentials(response.code());
            if (!response.isSuccessful()) {
                log.warn("Evolution API refused to create instance {}: HTTP {}", instance, response.code());
            }
        }
    }

    @Override
    public void disconnect() {
        try (Response response = http.newCall(request("instance/logout").delete().build()).execute()) {
            if (!response.isSuccessful() && response.code() != 400) {
                log.warn("Evolution API logout of {} answered HTTP {}", instance, response.code());
            }
        } catch (IOException e) {
            log.warn("Evolution API unreachable for logout: {}", e.toString());
        }
    }

    private Request.Builder request(String action) {
        HttpUrl url = baseUrl.newBuilder().addPathSegments(action).addPathSegment(instance).build();
        return new Request.Builder().url(url).header("apikey", apiKey);
    }

    private static RequestBody json(Map<String, ?> body) {
        return RequestBody.create(HttpSupport.MAPPER.writeValueAsString(body), HttpSupport.JSON);
    }

    private static void rejectCredentials(int code) {
        if (code == 401 || code == 403) {
            throw new CredentialsRejected();
        }
    }

    private static final class CredentialsRejected extends RuntimeException {
        CredentialsRejected() {
            super(null, null, false, false);
        }
    }
}
