package com.botclientemanager.whatsapp.internal;

import static com.botclientemanager.whatsapp.internal.HttpSupport.parse;
import static com.botclientemanager.whatsapp.internal.HttpSupport.text;

import com.botclientemanager.whatsapp.ConnectionCheck;
import com.botclientemanager.whatsapp.ConnectionSettings;
import com.botclientemanager.whatsapp.WhatsAppProperties;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * "Testar conexão": asks the provider whether the values entered work, before they are saved. Evolution:
 * {@code GET /instance/connectionState/{instance}} (401/403 wrong key, 404 instance missing). Cloud:
 * {@code GET /{phone-number-id}} (Graph error 190 token invalid or expired, 100 number id unknown) and
 * {@code GET /debug_token} for the {@code whatsapp_business_messaging} permission.
 */
@Component
public class ConnectionTester {

    static final String MESSAGING_SCOPE = "whatsapp_business_messaging";
    private static final int TOKEN_EXPIRED_SUBCODE = 463;

    private final SwitchableGateway gateway;

    ConnectionTester(SwitchableGateway gateway) {
        this.gateway = gateway;
    }

    public ConnectionCheck test(ConnectionSettings settings) {
        OkHttpClient http = gateway.newClient();
        try {
            return switch (settings.provider()) {
                case OUTBOX -> ConnectionCheck.ok("whatsapp.setup.check.outbox");
                case EVOLUTION -> evolution(http, settings.evolution());
                case CLOUD -> cloud(http, settings.cloud(gateway.properties().cloud().apiUrl()));
            };
        } finally {
            http.dispatcher().executorService().shutdown();
        }
    }

    static ConnectionCheck evolution(OkHttpClient http, WhatsAppProperties.Evolution evolution) {
        HttpUrl url = HttpUrl.get(evolution.url().toString()).newBuilder()
                .addPathSegments("instance/connectionState").addPathSegment(evolution.instance()).build();
        Request request = new Request.Builder().url(url).header("apikey", evolution.apiKey()).get().build();
        try (Response response = http.newCall(request).execute()) {
            JsonNode body = parse(HttpSupport.answer(response));
            return switch (response.code()) {
                case 200 -> {
                    String state = text(body.path("instance").path("state"));
                    yield state == null ? ConnectionCheck.problem("whatsapp.setup.check.not-evolution", evolution.url().toString())
                            : ConnectionCheck.ok("whatsapp.setup.check.evolution-ok", evolution.instance(), state);
                }
                case 401, 403 -> ConnectionCheck.problem("whatsapp.setup.check.wrong-key", String.valueOf(response.code()));
                case 404 -> body.toString().contains("instance")
                        ? ConnectionCheck.ok("whatsapp.setup.check.instance-missing", evolution.instance())
                        : ConnectionCheck.problem("whatsapp.setup.check.not-evolution", evolution.url().toString());
                default -> ConnectionCheck.problem("whatsapp.setup.check.unexpected", String.valueOf(response.code()));
            };
        } catch (IOException e) {
            return unreachable(url, e);
        }
    }

    static ConnectionCheck unreachable(HttpUrl url, IOException e) {
        String host = url.host() + ":" + url.port();
        if (e instanceof InterruptedIOException) {
            return ConnectionCheck.problem("whatsapp.setup.check.timeout", host);
        }
        if (e instanceof UnknownHostException) {
            return ConnectionCheck.problem("whatsapp.setup.check.unknown-host", url.host());
        }
        if (e instanceof ConnectException) {
            return ConnectionCheck.problem("whatsapp.setup.check.refused", host);
        }
        return ConnectionCheck.problem("whatsapp.setup.check.unreachable", host);
    }

    static ConnectionCheck cloud(OkHttpClient http, WhatsAppProperties.Cloud cloud) {
        HttpUrl base = HttpUrl.get(cloud.apiUrl().toString());
        HttpUrl phone = base.newBuilder().addPathSegment(cloud.phoneNumberId())
                .addQueryParameter("fields", "id,display_phone_number,verified_name").build();
        String number;
        try (Response response = http.newCall(authorized(phone, cloud.accessToken())).execute()) {
            JsonNode body = parse(HttpSupport.answer(response));
            if (!response.isSuccessful()) {
                return graphError(body.path("error"), response.code(), cloud.phoneNumberId());
            }
            number = String.valueOf(text(body.path("display_phone_number")));
        } catch (IOException e) {
            return unreachable(phone, e);
        }
        HttpUrl debug = base.newBuilder().addPathSegment("debug_token")
                .addQueryParameter("input_token", cloud.accessToken()).build();
        try (Response response = http.newCall(authorized(debug, cloud.accessToken())).execute()) {
            JsonNode data = parse(HttpSupport.answer(response)).path("data");
            if (response.isSuccessful() && data.path("is_valid").isBoolean() && !data.path("is_valid").booleanValue()) {
                return ConnectionCheck.problem("whatsapp.setup.check.token-invalid");
            }
            if (response.isSuccessful() && data.path("scopes").isArray() && !hasScope(data.path("scopes"))) {
                return ConnectionCheck.problem("whatsapp.setup.check.missing-scope", MESSAGING_SCOPE);
            }
        } catch (IOException e) {
            return unreachable(debug, e);
        }
        return ConnectionCheck.ok("whatsapp.setup.check.cloud-ok", number);
    }

    private static boolean hasScope(JsonNode scopes) {
        for (JsonNode scope : scopes) {
            if (MESSAGING_SCOPE.equals(text(scope))) {
                return true;
            }
        }
        return false;
    }

    private static ConnectionCheck graphError(JsonNode error, int httpCode, String phoneNumberId) {
        int code = error.path("code").asInt(0);
        int subcode = error.path("error_subcode").asInt(0);
        if (code == CloudGateway.INVALID_TOKEN) {
            return ConnectionCheck.problem(subcode == TOKEN_EXPIRED_SUBCODE
                    ? "whatsapp.setup.check.token-expired" : "whatsapp.setup.check.token-invalid");
        }
        if (code == 10 || (code >= 200 && code < 300)) {
            return ConnectionCheck.problem("whatsapp.setup.check.missing-scope", MESSAGING_SCOPE);
        }
        if (code == 100) {
            return ConnectionCheck.problem("whatsapp.setup.check.phone-number-id", phoneNumberId);
        }
        if (httpCode == 401) {
            return ConnectionCheck.problem("whatsapp.setup.check.token-invalid");
        }
        return ConnectionCheck.problem("whatsapp.setup.check.unexpected", String.valueOf(httpCode));
    }

    private static Request authorized(HttpUrl url, String token) {
        return new Request.Builder().url(url).header("Authorization", "Bearer " + token).get().build();
    }
}
