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

/** What is open without a login (health) and what is not (actuator, JobRunr's dashboard), plus the security headers. */
class EndpointSecurityTest extends RunningAppTest {

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void healthIsPublic() throws Exception {
        HttpResponse<String> response = get(baseUrl() + "/actuator/health", null);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"UP\"");
    }

    @Test
    void otherActuatorEndpointsNeedTheAdmin() throws Exception {
        assertThat(get(baseUrl() + "/actuator/metrics", null).statusCode()).isEqualTo(401);
        assertThat(get(baseUrl() + "/actuator/metrics", basic(ADMIN, PASSWORD)).statusCode()).isEqualTo(200);
        assertThat(get(baseUrl() + "/actuator/prometheus", basic(ADMIN, PASSWORD)).statusCode()).isEqualTo(200);
    }

    @Test
    void jobsDashboardAnswers401WithoutCredentials() throws Exception {
        String dashboard = "http://localhost:" + JOBS_DASHBOARD_PORT + "/api/jobs?state=ENQUEUED";
        assertThat(get(dashboard, null).statusCode()).isEqualTo(401);
        assertThat(get(dashboard, basic(ADMIN, "wrong-password")).statusCode()).isEqualTo(401);
        assertThat(get(dashboard, basic(ADMIN, PASSWORD)).statusCode()).isEqualTo(200);
    }

    @Test
    void pagesCarrySecurityHeaders() throws Exception {
        for (String path : new String[] {"/login", "/actuator/health"}) {
            HttpResponse<String> response = get(baseUrl() + path, null);
            assertThat(response.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
            assertThat(response.headers().firstValue("Content-Security-Policy")).contains("frame-ancestors 'none'");
            assertThat(response.headers().firstValue("Referrer-Policy")).contains("strict-origin-when-cross-origin");
            assertThat(response.headers().firstValue("X-Frame-Options")).contains("DENY");
        }
    }

    private HttpResponse<String> get(String url, String authorization) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
                .header("Accept", url.contains("/actuator/") ? "*/*" : "text/html");
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}
