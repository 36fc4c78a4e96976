package com.botclientemanager.whatsapp.internal;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.concurrent.TimeUnit;
import okhttp3.ConnectionPool;
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
    static final long MAX_ANSWER_BYTES = 256 * 1024;

    private HttpSupport() {
    }

    /**
     * An OkHttp client with timeouts; it logs method, path and status only, never headers or bodies (secrets).
     * <p>
     * Every call gets a fresh connection. Gateways close idle keep-alive connections (Node, under Evolution API, after
     * 5 s; an HTTP/1.0 server after each answer) and OkHttp only probes a pooled connection idle for 10 s or more, so a
     * reused one failed the send with "unexpected end of stream" although the gateway never saw it. Such a failure
     * cannot be told apart from a gateway that took the message and died, so it may not be repeated: OkHttp would
     * silently repeat a dropped POST, which is switched off, and a reminder's retry checks the log first. A new TCP (and
     * TLS) connection per message costs milliseconds, far below the pacing between messages.
     */
    static OkHttpClient client(Duration connectTimeout, Duration readTimeout) {
        return new OkHttpClient.Builder()
                .connectionPool(new ConnectionPool(0, 1, TimeUnit.SECONDS))
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

    /**
     * A provider's answer as text, at most {@value #MAX_ANSWER_BYTES} bytes: the answers the app reads are a few hundred
     * bytes, and a broken or hostile gateway must not fill the heap.
     */
    static String answer(Response response) throws IOException {
        return response.peekBody(MAX_ANSWER_BYTES).string();
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
