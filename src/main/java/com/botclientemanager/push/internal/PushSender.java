package com.botclientemanager.push.internal;

import com.botclientemanager.push.PushProperties;
import com.interaso.webpush.WebPush;
import java.io.IOException;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.springframework.stereotype.Component;

/**
 * Posts one encrypted notification to a device's push service (RFC 8030/8291/8292): the library builds the VAPID
 * header and the aes128gcm body, OkHttp sends it with short time-outs.
 */
@Component
public class PushSender {

    /** What the push service answered. */
    public enum Outcome { DELIVERED, GONE, RETRY, REJECTED }

    /** The outcome with the HTTP status or error class (never the endpoint, which is a capability URL). */
    public record Result(Outcome outcome, String detail) {
    }

    private static final MediaType OCTET_STREAM = MediaType.get("application/octet-stream");

    private final WebPush webPush;
    private final OkHttpClient http;
    private final int ttlSeconds;

    PushSender(VapidKeyStore keys, PushProperties properties) {
        this.webPush = new WebPush(properties.subject(), keys.keys());
        this.ttlSeconds = (int) Math.min(Integer.MAX_VALUE, properties.ttl().toSeconds());
        this.http = new OkHttpClient.Builder().connectTimeout(Duration.ofSeconds(10)).readTimeout(Duration.ofSeconds(15))
                .callTimeout(Duration.ofSeconds(30)).followRedirects(false).build();
    }

    public Result send(StoredSubscription to, byte[] payload) {
        byte[] body;
        Map<String, String> headers;
        try {
            body = webPush.getBody(payload, decode(to.p256dh()), decode(to.auth()));
            headers = webPush.getHeaders(to.endpoint(), ttlSeconds, null, WebPush.Urgency.High);
        } catch (RuntimeException e) {
            return new Result(Outcome.REJECTED, "bad subscription keys: " + e.getClass().getSimpleName());
        }
        Request.Builder request = new Request.Builder().url(to.endpoint()).post(RequestBody.create(body, OCTET_STREAM));
        headers.forEach(request::header);
        try (Response response = http.newCall(request.build()).execute()) {
            int code = response.code();
            if (code >= 200 && code < 300) {
                return new Result(Outcome.DELIVERED, "HTTP " + code);
            }
            if (code == 404 || code == 410) {
                return new Result(Outcome.GONE, "HTTP " + code);
            }
            boolean again = code == 429 || code >= 500 || code == 408;
            return new Result(again ? Outcome.RETRY : Outcome.REJECTED, "HTTP " + code);
        } catch (IOException | RuntimeException e) {
            return new Result(Outcome.RETRY, e.getClass().getSimpleName());
        }
    }

    private static byte[] decode(String base64url) {
        return Base64.getUrlDecoder().decode(base64url.strip().replace('+', '-').replace('/', '_').replace("=", ""));
    }
}
