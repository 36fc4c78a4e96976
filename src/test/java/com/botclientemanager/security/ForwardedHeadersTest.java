package com.botclientemanager.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.botclientemanager.testing.RunningAppTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/**
 * With no trusted proxy configured (the default), a client cannot escape the login throttle by sending a new
 * {@code X-Forwarded-For} with each guess: published with {@code docker run -p}, every client arrives from the Docker
 * bridge, a private address that Tomcat's default trusted.
 */
class ForwardedHeadersTest extends RunningAppTest {

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void forgedForwardedForDoesNotGiveAFreshCounter() throws Exception {
        for (int i = 0; i < LoginThrottle.MAX_FAILURES; i++) {
            assertThat(basicAttempt("wrong-" + i, "198.51.100." + i).statusCode()).isEqualTo(401);
        }

        HttpResponse<String> refused = basicAttempt(PASSWORD, "198.51.100.77");

        assertThat(refused.statusCode()).isEqualTo(429);
        long retryAfter = Long.parseLong(refused.headers().firstValue("Retry-After").orElseThrow());
        assertThat(retryAfter).isBetween(60L, LoginThrottle.WINDOW.toSeconds() + 1);
    }

    private HttpResponse<String> basicAttempt(String password, String forgedAddress) throws Exception {
        String credentials = Base64.getEncoder().encodeToString((ADMIN + ":" + password).getBytes(StandardCharsets.UTF_8));
        return http.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/actuator/metrics"))
                .header("Authorization", "Basic " + credentials)
                .header("X-Forwarded-For", forgedAddress)
                .build(), HttpResponse.BodyHandlers.ofString());
    }
}
