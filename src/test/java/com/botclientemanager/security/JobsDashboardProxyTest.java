package com.botclientemanager.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.botclientemanager.ui.I18nProvider;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.apache.catalina.Context;
import org.apache.catalina.startup.Tomcat;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The {@code /jobs/} proxy in a real Tomcat in front of a real HTTP server standing in for JobRunr's listener: what it
 * forwards (never the browser's cookies or credentials), how it rewrites JobRunr's root paths, that it streams
 * server-sent events and closes JobRunr's connection once the browser has gone, and what it refuses.
 */
class JobsDashboardProxyTest {

    private static final Duration KEEP_ALIVE = Duration.ofMillis(300);

    private final MockWebServer jobRunr = new MockWebServer();
    private final AtomicReference<InetSocketAddress> upstream = new AtomicReference<>();
    private final DashboardProxyToken token = new DashboardProxyToken();
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private JobsDashboardProxy proxy;
    private Tomcat tomcat;
    private int port;

    @BeforeEach
    void start() throws Exception {
        jobRunr.start();
        upstream.set(new InetSocketAddress(jobRunr.getHostName(), jobRunr.getPort()));
        proxy = new JobsDashboardProxy(upstream::get, token, new I18nProvider(), KEEP_ALIVE);
        tomcat = new Tomcat();
        tomcat.setBaseDir(Files.createTempDirectory("bcm-proxy-tomcat").toString());
        tomcat.setPort(0);
        Context context = tomcat.addContext("", null);
        Tomcat.addServlet(context, "proxy", proxy);
        context.addServletMappingDecoded("/jobs/*", "proxy");
        tomcat.getConnector();
        tomcat.start();
        port = tomcat.getConnector().getLocalPort();
    }

    @AfterEach
    void stop() throws Exception {
        tomcat.stop();
        tomcat.destroy();
        jobRunr.close();
    }

    @Test
    void forwardsTheRequestWithoutTheBrowsersCookiesOrCredentials() throws Exception {
        String json = "{\"items\":[{\"jobName\":\"GET \\\"/api/x\\\"\"}],\"total\":1}";
        jobRunr.enqueue(new MockResponse.Builder().code(200).addHeader("Content-Type", "application/json")
                .addHeader("Set-Cookie", "jobrunr=1").body(json).build());

        HttpResponse<String> response = http.send(request("/jobs/api/jobs?state=ENQUEUED&offset=0")
                .header("Cookie", "JSESSIONID=the-admins-session").header("Authorization", "Basic YWRtaW46c2VjcmV0")
                .header("Accept", "application/json").build(), HttpResponse.BodyHandlers.ofString());

        RecordedRequest forwarded = jobRunr.takeRequest(5, TimeUnit.SECONDS);
        assertThat(forwarded.getTarget()).isEqualTo("/api/jobs?state=ENQUEUED&offset=0");
        assertThat(forwarded.getHeaders().get("Cookie")).isNull();
        assertThat(forwarded.getHeaders().get("Authorization")).isNull();
        assertThat(forwarded.getHeaders().get("Accept")).isEqualTo("application/json");
        assertThat(forwarded.getHeaders().get(JobsDashboardProxy.TOKEN_HEADER)).isEqualTo(token.value());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).as("data is passed on untouched").isEqualTo(json);
        assertThat(response.headers().firstValue("Set-Cookie")).isEmpty();
    }

    @Test
    void rewritesJobRunrsRootPathsInItsPageAndScriptsEvenAcrossChunks() throws Exception {
        String page = "<script src=\"/dashboard/static/js/index.js\"></script><a href=\"/dashboards\">"
                + "fetch(\"/api/jobs\");new EventSource(\"/sse/jobstats\");\"/apix\";\"/\";'/api/'";
        jobRunr.enqueue(new MockResponse.Builder().code(200).addHeader("Content-Type", "text/javascript;charset=UTF-8")
                .body(page).throttleBody(3, 5, TimeUnit.MILLISECONDS).build());

        HttpResponse<String> response = http.send(request("/jobs/dashboard/static/js/index.js").build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.body()).isEqualTo("<script src=\"/jobs/dashboard/static/js/index.js\"></script>"
                + "<a href=\"/jobs/dashboards\">fetch(\"/jobs/api/jobs\");new EventSource(\"/jobs/sse/jobstats\");"
                + "\"/apix\";\"/\";'/api/'");
    }

    @Test
    void redirectsStayUnderThePrefix() throws Exception {
        jobRunr.enqueue(new MockResponse.Builder().code(302).addHeader("Location", "/dashboard").build());

        assertThat(http.send(request("/jobs").build(), HttpResponse.BodyHandlers.discarding())
                .headers().firstValue("Location")).hasValueSatisfying(location -> assertThat(location).endsWith("/jobs/"));
        assertThat(http.send(request("/jobs/").build(), HttpResponse.BodyHandlers.discarding())
                .headers().firstValue("Location")).contains("/jobs/dashboard");
    }

    @Test
    void streamsServerSentEventsAndClosesJobRunrsConnectionOnceTheBrowserHasGone() throws Exception {
        try (ServerSocket eventSource = new ServerSocket(0)) {
            upstream.set(new InetSocketAddress("127.0.0.1", eventSource.getLocalPort()));
            CompletableFuture<Long> upstreamClosedAfterMillis = CompletableFuture.supplyAsync(() -> {
                try (Socket socket = eventSource.accept()) {
                    readHead(socket.getInputStream());
                    OutputStream out = socket.getOutputStream();
                    out.write(("HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nCache-Control: no-cache\r\n"
                            + "Connection: close\r\n\r\n\n\nevent\ndata: {\"enqueued\":1}\n\n")
                            .getBytes(StandardCharsets.UTF_8));
                    out.flush();
                    // then silence, as JobRunr on the page of a job that does not change
                    long start = System.nanoTime();
                    try {
                        if (socket.getInputStream().read() != -1) {
                            return -1L;
                        }
                    } catch (IOException reset) {
                        // closed by the proxy as well
                    }
                    return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            });

            try (Socket browser = new Socket("127.0.0.1", port)) {
                browser.getOutputStream().write(("GET /jobs/sse/jobs/42 HTTP/1.1\r\nHost: 127.0.0.1:" + port
                        + "\r\nAccept: text/event-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
                browser.setSoTimeout(5000);
                BufferedReader events = new BufferedReader(new InputStreamReader(browser.getInputStream(),
                        StandardCharsets.UTF_8));
                String line;
                while ((line = events.readLine()) != null && !line.contains("data: {\"enqueued\":1}")) {
                    // the head and the stream's first lines
                }
                assertThat(line).as("the first event arrives while JobRunr still holds the stream open").isNotNull();
            }

            long closedAfter = upstreamClosedAfterMillis.get(10, TimeUnit.SECONDS);
            assertThat(closedAfter).as("JobRunr's connection closed a few keep-alives after the browser left")
                    .isBetween(0L, KEEP_ALIVE.multipliedBy(10).toMillis());
        }
    }

    @Test
    void refusesChangesThatComeFromAnotherSite() throws Exception {
        jobRunr.enqueue(new MockResponse.Builder().code(204).build());

        HttpResponse<String> crossSite = http.send(request("/jobs/api/jobs/1/requeue")
                .header("Sec-Fetch-Site", "cross-site").header("Accept-Language", "pt-BR")
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> otherOrigin = http.send(request("/jobs/api/jobs/1").header("Origin", "https://evil.example")
                .DELETE().build(), HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> ownPage = http.send(request("/jobs/api/jobs/1/requeue")
                .header("Sec-Fetch-Site", "same-origin").POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(crossSite.statusCode()).isEqualTo(403);
        assertThat(crossSite.body()).contains("não veio do próprio painel");
        assertThat(otherOrigin.statusCode()).isEqualTo(403);
        assertThat(ownPage.statusCode()).isEqualTo(204);
        assertThat(jobRunr.getRequestCount()).isEqualTo(1);
        assertThat(jobRunr.takeRequest().getMethod()).isEqualTo("POST");
    }

    @Test
    void refusesAddressesThatAreNoPlainPath() throws Exception {
        for (String path : new String[] {"/jobs/dashboard/%2e%2e/overview", "/jobs/dashboard/a%5Cb",
                "/jobs/api/jobs/x/./y"}) {
            HttpResponse<String> response = http.send(request(path).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(path).isEqualTo(400);
        }
        assertThat(jobRunr.getRequestCount()).isZero();
    }

    @Test
    void aPageViewAfterJobRunrClosedAnIdleConnectionStillArrives() throws Exception {
        try (ServerSocket closesAfterEachAnswer = new ServerSocket(0)) {
            upstream.set(new InetSocketAddress("127.0.0.1", closesAfterEachAnswer.getLocalPort()));
            Thread server = Thread.ofVirtual().start(() -> {
                while (!closesAfterEachAnswer.isClosed()) {
                    try (Socket socket = closesAfterEachAnswer.accept()) {
                        readHead(socket.getInputStream());
                        // a keep-alive answer, then the server drops the idle connection without saying so
                        socket.getOutputStream().write(("HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\n"
                                + "Content-Length: 8\r\n\r\noverview").getBytes(StandardCharsets.UTF_8));
                        socket.getOutputStream().flush();
                        Thread.sleep(50);
                    } catch (IOException | InterruptedException e) {
                        return;
                    }
                }
            });

            HttpResponse<String> first = http.send(request("/jobs/dashboard/overview").build(),
                    HttpResponse.BodyHandlers.ofString());
            Thread.sleep(300);
            HttpResponse<String> second = http.send(request("/jobs/dashboard/overview").build(),
                    HttpResponse.BodyHandlers.ofString());

            assertThat(first.statusCode()).isEqualTo(200);
            assertThat(second.statusCode()).isEqualTo(200);
            assertThat(second.body()).isEqualTo("overview");
            server.interrupt();
        }
    }

    @Test
    void saysSoWhenJobRunrDoesNotAnswer() throws Exception {
        jobRunr.close();

        HttpResponse<String> response = http.send(request("/jobs/dashboard/overview").header("Accept-Language", "en")
                .build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(502);
        assertThat(response.body()).startsWith("The scheduled jobs dashboard did not answer.");
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).timeout(Duration.ofSeconds(10));
    }

    private static void readHead(InputStream in) throws IOException {
        int matched = 0;
        while (matched < 4) {
            int b = in.read();
            if (b == -1) {
                throw new IOException("request ended early");
            }
            matched = (b == '\r' && matched % 2 == 0) || (b == '\n' && matched % 2 == 1) ? matched + 1 : 0;
        }
    }
}
