package com.botclientemanager.whatsapp.internal;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import okhttp3.Interceptor;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.MissingNode;

/** The HTTP client the adapters share, JSON helpers and Retry-After parsing. */
final class HttpSupport {

    static final MediaType JSON = MediaType.get("application/json; charset=utf-8");
    static final JsonMapper MAPPER = JsonMapper.builder().build();
    private static final Logger log = LoggerFactory.getLogger(HttpSupport.class);
    /** Longest error detail from a provider kept in the log. */
    private static final int MAX_DETAIL = 200;

    private HttpSupport() {
    }

    /**
     * An OkHttp client with timeouts; it logs method, path and status only, never headers or bodies (secrets). OkHttp
     * would silently repeat a POST whose pooled connection dropped, and the gateway may already have sent that message:
     * a failed call is reported instead, and the reminder's own retry decides (it checks the log first).
     */
    static OkHttpClient client(Duration connectTimeout, Duration readTimeout) {
        return new OkHttpClient.Builder()
                .retryOnConnectionFailure(false)
                .connectTimeout(connectTimeout)
                .readTimeout(readTimeout)
                .writeTimeout(readTimeout)
                .callTimeout(readTimeout.plus(connectTimeout))
                .followRedirects(false)
                .addInterceptor(HttpSupport::logWithoutSecrets)
                .build();
    }

    private static Response logWithoutSecrets(Interceptor.Chain chain) throws IOException {
        long start = System.nanoTime();
        Response response = chain.proceed(chain.request());
        if (log.isDebugEnabled()) {
            log.debug("{} {}{} -> {} ({} ms)", chain.request().method(), chain.request().url().host(),
                    chain.request().url().encodedPath(), response.code(), (System.nanoTime() - start) / 1_000_000);
        }
        return response;
    }

    /** The parsed body, or a missing node when it is not JSON. */
    static JsonNode parse(String body) {
        if (body == null || body.isBlank()) {
            return MissingNode.getInstance();
        }
        try {
            return MAPPER.readTree(body);
        } catch (JacksonException e) {
            return MissingNode.getInstance();
        }
    }

    /** A string field, or null when absent or not a value. */
    static String text(JsonNode node) {
        return node != null && node.isValueNode() && !node.isNull() ? node.asString() : null;
    }

    static String shorten(String detail) {
        if (detail == null) {
            return null;
        }
        String oneLine = detail.replaceAll("\\s+", " ").strip();
        return oneLine.length() <= MAX_DETAIL ? oneLine : oneLine.substring(0, MAX_DETAIL) + "…";
    }

    /** Retry-After as seconds or an HTTP date; null when absent or unreadable. */
    static Duration retryAfter(String header, Instant now) {
        if (header == null || header.isBlank()) {
            return null;
        }
        String value = header.strip();
        try {
            long seconds = Long.parseLong(value);
            return seconds >= 0 ? Duration.ofSeconds(seconds) : null;
        } catch (NumberFormatException notSeconds) {
            try {
                Duration wait = Duration.between(now, ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME));
                return wait.isNegative() ? Duration.ZERO : wait;
            } catch (DateTimeParseException unreadable) {
                return null;
            }
        }
    }
}
