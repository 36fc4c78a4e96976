package com.botclientemanager.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.botclientemanager.whatsapp.SeparateAppTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Behind a listed proxy (here the test itself, on loopback), the app sees the client the proxy saw: the throttle
 * counts per real client whatever the client forged in front, and redirects use the proxy's scheme and host.
 */
class TrustedProxyAppTest extends SeparateAppTest {

    private final HttpClient http = HttpClient.newHttpClient();

    @DynamicPropertySource
    static void proxies(DynamicPropertyRegistry registry) {
        registry.add("app.security.trusted-proxies", () -> "127.0.0.1,::1");
    }

    @Test
    void theThrottleCountsTheClientTheProxySawWhateverItForged() throws Exception {
        for (int i = 0; i < LoginThrottle.MAX_FAILURES; i++) {
            assertThat(basicAttempt("wrong", "6.6.6." + i + ", 203.0.113.9").statusCode()).isEqualTo(401);
        }

        assertThat(basicAttempt(PASSWORD, "7.7.7.7, 203.0.113.9").statusCode()).isEqualTo(429);
        assertThat(basicAttempt(PASSWORD, "203.0.113.10").statusCode()).isEqualTo(200);
    }

    @Test
    void redirectsUseTheSchemeAndHostThePersonTyped() throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/clients"))
                .header("Accept", "text/html")
                .header("X-Forwarded-For", "203.0.113.20")
                .header("X-Forwarded-Proto", "https")
                .header("X-Forwarded-Host", "cobranca.example.com")
                .build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).hasValue("https://cobranca.example.com/login");
    }

    private HttpResponse<String> basicAttempt(String password, String forwardedFor) throws Exception {
        String credentials = Base64.getEncoder().encodeToString((ADMIN + ":" + password).getBytes(StandardCharsets.UTF_8));
        return http.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/actuator/metrics"))
                .header("Authorization", "Basic " + credentials)
                .header("X-Forwarded-For", forwardedFor)
                .build(), HttpResponse.BodyHandlers.ofString());
    }
}
