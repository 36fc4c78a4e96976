package com.botclientemanager.whatsapp.internal;

import static com.botclientemanager.whatsapp.internal.HttpSupport.parse;
import static com.botclientemanager.whatsapp.internal.HttpSupport.shorten;
import static com.botclientemanager.whatsapp.internal.HttpSupport.text;

import com.botclientemanager.whatsapp.CloudTemplate;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import tools.jackson.databind.JsonNode;

/**
 * Meta's WhatsApp Cloud API: {@code POST /{phone-number-id}/messages} with a Bearer token. Free text only reaches a
 * client inside the 24-hour window; outside it, approved templates (error 131047 otherwise).
 */
final class CloudGateway implements WhatsAppGateway {

    static final int INVALID_TOKEN = 190;
    static final int OUTSIDE_24H_WINDOW = 131047;
    static final int UNDELIVERABLE = 131026;
    static final List<Integer> RATE_LIMITS = List.of(130429, 131056, 131048);

    private final OkHttpClient http;
    private final HttpUrl phoneNumberUrl;
    private final String accessToken;
    private final Clock clock;

    CloudGateway(OkHttpClient http, WhatsAppProperties.Cloud settings, Clock clock) {
        this.http = http;
        this.phoneNumberUrl = HttpUrl.get(settings.apiUrl().toString()).newBuilder()
                .addPathSegment(settings.phoneNumberId()).build();
        this.accessToken = settings.accessToken();
        this.clock = clock;
    }

    @Override
    public Provider provider() {
        return Provider.CLOUD;
    }

    @Override
    public GatewayResult sendText(String phone, String text) {
        Map<String, Object> body = envelope(phone, "text");
        body.put("text", Map.of("preview_url", false, "body", text));
        return post(body);
    }

    @Override
    public GatewayResult sendTemplate(String phone, CloudTemplate template, String fallbackText) {
        Map<String, Object> call = new LinkedHashMap<>();
        call.put("name", template.name());
        call.put("language", Map.of("code", template.language()));
        if (!template.parameters().isEmpty()) {
            List<Map<String, String>> parameters = template.parameters().stream()
                    .map(value -> Map.of("type", "text", "text", value == null ? "" : value)).toList();
            call.put("components", List.of(Map.of("type", "body", "parameters", parameters)));
        }
        Map<String, Object> body = envelope(phone, "template");
        body.put("template", call);
        return post(body);
    }

    private static Map<String, Object> envelope(String phone, String type) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("messaging_product", "whatsapp");
        body.put("recipient_type", "individual");
        body.put("to", phone);
        body.put("type", type);
        return body;
    }

    private GatewayResult post(Map<String, Object> payload) {
        Request request = authorized(phoneNumberUrl.newBuilder().addPathSegment("messages").build())
                .post(RequestBody.create(HttpSupport.MAPPER.writeValueAsString(payload), HttpSupport.JSON)).build();
        try (Response response = http.newCall(request).execute()) {
            JsonNode body = parse(HttpSupport.answer(response));
            if (response.isSuccessful()) {
                // accepted even when the answer is unreadable: sending again could duplicate the message
                return GatewayResult.accepted(text(body.path("messages").path(0).path("id")));
            }
            return failure(response.code(), body.path("error"), response.header("Retry-After"));
        } catch (IOException e) {
            return GatewayResult.transientFailure(FailureCause.UNAVAILABLE, shorten(e.getMessage()), null);
        }
    }

    private GatewayResult failure(int httpCode, JsonNode error, String retryAfter) {
        int code = error.path("code").asInt(0);
        String detail = shorten(text(error.path("message")));
        if (code == INVALID_TOKEN || httpCode == 401) {
            return GatewayResult.permanent(FailureCause.INVALID_CREDENTIALS, null);
        }
        if (RATE_LIMITS.contains(code) || httpCode == 429) {
            return GatewayResult.transientFailure(FailureCause.RATE_LIMITED, detail,
                    HttpSupport.retryAfter(retryAfter, clock.instant()));
        }
        if (code == UNDELIVERABLE) {
            return GatewayResult.permanent(FailureCause.UNDELIVERABLE, detail);
        }
        if (code == OUTSIDE_24H_WINDOW) {
            return GatewayResult.permanent(FailureCause.OUTSIDE_24H_WINDOW, null);
        }
        if (httpCode >= 500) {
            return GatewayResult.transientFailure(FailureCause.UNAVAILABLE, detail, null);
        }
        return GatewayResult.permanent(FailureCause.REJECTED, code == 0 ? "HTTP " + httpCode : "#" + code + " " + detail);
    }

    /** Checks the token and phone number id by reading the phone number's display number. */
    @Override
    public ConnectionStatus connectionStatus() {
        HttpUrl url = phoneNumberUrl.newBuilder().addQueryParameter("fields", "display_phone_number,verified_name").build();
        try (Response response = http.newCall(authorized(url).get().build()).execute()) {
            JsonNode body = parse(HttpSupport.answer(response));
            if (response.isSuccessful()) {
                return new ConnectionStatus(ConnectionState.CONNECTED, text(body.path("display_phone_number")));
            }
            int code = body.path("error").path("code").asInt(0);
            if (code == INVALID_TOKEN || response.code() == 401) {
                return new ConnectionStatus(ConnectionState.ERROR, "whatsapp.reason.invalid-credentials");
            }
            return new ConnectionStatus(ConnectionState.ERROR, "whatsapp.cloud.check-failed");
        } catch (IOException e) {
            return new ConnectionStatus(ConnectionState.ERROR, "whatsapp.reason.unavailable");
        }
    }

    @Override
    public Pairing pair() {
        ConnectionStatus status = connectionStatus();
        return status.state() == ConnectionState.CONNECTED ? Pairing.alreadyConnected() : Pairing.failed(status.detail());
    }

    @Override
    public void disconnect() {
        // the Cloud API number stays registered with Meta; nothing to unlink from here
    }

    private Request.Builder authorized(HttpUrl url) {
        return new Request.Builder().url(url).header("Authorization", "Bearer " + accessToken);
    }
}
