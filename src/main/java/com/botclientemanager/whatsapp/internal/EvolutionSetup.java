package com.botclientemanager.whatsapp.internal;

import com.botclientemanager.whatsapp.ConnectionCheck;
import com.botclientemanager.whatsapp.WhatsAppProperties;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * Prepares an Evolution instance after saving: creates it when missing ({@code POST /instance/create}, Baileys, QR code)
 * and registers the app's webhook on it ({@code POST /webhook/set/{instance}}) with the events the app reads and the
 * secret also in a header.
 */
public final class EvolutionSetup {

    static final String SECRET_HEADER = "X-Webhook-Secret";
    static final List<String> EVENTS = List.of("MESSAGES_UPDATE", "MESSAGES_UPSERT", "SEND_MESSAGE", "CONNECTION_UPDATE");

    private final OkHttpClient http;
    private final WhatsAppProperties.Evolution evolution;
    private final HttpUrl base;

    EvolutionSetup(OkHttpClient http, WhatsAppProperties.Evolution evolution) {
        this.http = http;
        this.evolution = evolution;
        this.base = HttpUrl.get(evolution.url().toString());
    }

    /** Creates the instance when Evolution says it does not exist. */
    ConnectionCheck ensureInstance() {
        ConnectionCheck check = ConnectionTester.evolution(http, evolution);
        if (!check.ok() || !"whatsapp.setup.check.instance-missing".equals(check.messageKey())) {
            return check;
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("instanceName", evolution.instance());
        body.put("integration", "WHATSAPP-BAILEYS");
        body.put("qrcode", true);
        return post(base.newBuilder().addPathSegments("instance/create").build(), body,
                ConnectionCheck.ok("whatsapp.setup.evolution.created", evolution.instance()));
    }

    /** Points the instance's webhook at {@code webhookUrl}, with {@code secret} in the {@value #SECRET_HEADER} header. */
    ConnectionCheck registerWebhook(String webhookUrl, String secret) {
        Map<String, Object> webhook = new LinkedHashMap<>();
        webhook.put("enabled", true);
        webhook.put("url", webhookUrl);
        webhook.put("headers", Map.of(SECRET_HEADER, secret));
        webhook.put("byEvents", false);
        webhook.put("base64", false);
        webhook.put("events", EVENTS);
        return post(base.newBuilder().addPathSegments("webhook/set").addPathSegment(evolution.instance()).build(),
                Map.of("webhook", webhook), ConnectionCheck.ok("whatsapp.setup.evolution.webhook-set"));
    }

    private ConnectionCheck post(HttpUrl url, Map<String, ?> body, ConnectionCheck success) {
        Request request = new Request.Builder().url(url).header("apikey", evolution.apiKey())
                .post(RequestBody.create(HttpSupport.MAPPER.writeValueAsString(body), HttpSupport.JSON)).build();
        try (Response response = http.newCall(request).execute()) {
            if (response.isSuccessful()) {
                return success;
            }
            return response.code() == 401 || response.code() == 403
                    ? ConnectionCheck.problem("whatsapp.setup.check.wrong-key", String.valueOf(response.code()))
                    : ConnectionCheck.problem("whatsapp.setup.check.unexpected", String.valueOf(response.code()));
        } catch (IOException e) {
            return ConnectionTester.unreachable(url, e);
        }
    }
}
