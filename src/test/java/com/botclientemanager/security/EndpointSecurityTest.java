package com.botclientemanager.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.botclientemanager.testing.RunningAppTest;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jobrunr.dashboard.AuthenticatorDashboardWebServer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What is open without a login (health) and what is not (actuator, JobRunr's dashboard at /jobs/ and its own listener,
 * which binds to loopback only), plus the security headers.
 */
class EndpointSecurityTest extends RunningAppTest {

    private final HttpClient http = HttpClient.newHttpClient();
    @Autowired
    private AuthenticatorDashboardWebServer jobsDashboard;

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
    void jobsDashboardWithoutALoginSendsToTheLoginPageAndNeverReachesJobRunr() throws Exception {
        HttpResponse<String> page = get(baseUrl() + "/jobs/", null);
        assertThat(page.statusCode()).isEqualTo(302);
        assertThat(page.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));

        HttpResponse<String> api = get(baseUrl() + "/jobs/api/jobs?state=ENQUEUED", null, "application/json");
        assertThat(api.statusCode()).isIn(302, 401);
        assertThat(api.body()).doesNotContain("\"items\"");
        assertThat(get(baseUrl() + "/jobs/api/jobs?state=ENQUEUED", basic(ADMIN, "wrong-password"), "application/json")
                .statusCode()).isEqualTo(401);
    }

    @Test
    void theAdminGetsJobRunrsDashboardAndItsApiOnTheAppsOwnPort() throws Exception {
        String admin = basic(ADMIN, PASSWORD);
        HttpResponse<String> root = get(baseUrl() + "/jobs/", admin);
        assertThat(root.statusCode()).isEqualTo(302);
        assertThat(root.headers().firstValue("Location")).contains("/jobs/dashboard");

        HttpResponse<String> page = get(baseUrl() + "/jobs/dashboard/overview", admin);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<div id=\"root\">").doesNotContain("\"/dashboard/");
        Matcher script = Pattern.compile("src=\"(/jobs/dashboard/static/js/index\\.[0-9a-f]+\\.js)\"").matcher(page.body());
        assertThat(script.find()).as("JobRunr's main script, under /jobs").isTrue();

        HttpResponse<String> js = get(baseUrl() + script.group(1), admin, "*/*");
        assertThat(js.statusCode()).isEqualTo(200);
        assertThat(js.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("javascript"));
        assertThat(js.body()).contains("fetch(\"/jobs/api/jobs", "EventSource(\"/jobs/sse/jobstats\")",
                "\"/jobs/dashboard/\"").doesNotContain("(\"/api/", "(\"/sse/", "\"/dashboard/");

        HttpResponse<String> api = get(baseUrl() + "/jobs/api/jobs?state=ENQUEUED&offset=0&limit=20", admin,
                "application/json");
        assertThat(api.statusCode()).isEqualTo(200);
        assertThat(api.body()).contains("\"items\"").contains("\"total\"");
    }

    @Test
    void jobRunrsOwnListenerIsBoundToLoopbackOnlyAndAsksForCredentials() throws Exception {
        InetSocketAddress listener = jobsDashboard.address();
        assertThat(listener.getAddress().isLoopbackAddress()).isTrue();
        assertThat(listener.getPort()).isEqualTo(JOBS_DASHBOARD_PORT);

        String direct = "http://127.0.0.1:" + JOBS_DASHBOARD_PORT + "/api/jobs?state=ENQUEUED";
        assertThat(get(direct, null).statusCode()).isEqualTo(401);
        assertThat(get(direct, basic(ADMIN, PASSWORD)).statusCode()).isEqualTo(200);

        List<InetAddress> otherAddresses = NetworkInterface.networkInterfaces().flatMap(NetworkInterface::inetAddresses)
                .filter(address -> !address.isLoopbackAddress() && !address.isLinkLocalAddress()).toList();
        for (InetAddress address : otherAddresses) {
            try (Socket socket = new Socket()) {
                assertThatThrownBy(() -> socket.connect(new InetSocketAddress(address, JOBS_DASHBOARD_PORT), 2000))
                        .as("JobRunr's port on " + address).isInstanceOf(ConnectException.class);
            }
        }
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
        return get(url, authorization, url.contains("/actuator/") ? "*/*" : "text/html");
    }

    private HttpResponse<String> get(String url, String authorization, String accept) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).header("Accept", accept);
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}
