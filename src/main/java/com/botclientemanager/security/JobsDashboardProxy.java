package com.botclientemanager.security;

import com.vaadin.flow.i18n.I18NProvider;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Supplier;
import okhttp3.Call;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.http.HttpHeaders;
import org.springframework.context.event.EventListener;

/**
 * JobRunr's dashboard on the app's own port at {@code /jobs/}, for the logged-in admin (Spring Security guards the
 * path). Each request goes on to JobRunr's listener with none of the browser's cookies or credentials, only the
 * proxy's own token, and the answer streams back as it comes, server-sent events included. JobRunr's page and scripts
 * name their paths from the root ({@code /dashboard}, {@code /api}, {@code /sse}), so they are rewritten on the way.
 */
class JobsDashboardProxy extends HttpServlet {

    static final String PREFIX = "/jobs";
    static final String TOKEN_HEADER = "X-Jobs-Proxy-Token";
    static final Duration KEEP_ALIVE = Duration.ofSeconds(15);
    private static final Logger log = LoggerFactory.getLogger(JobsDashboardProxy.class);
    private static final Set<String> METHODS = Set.of("GET", "HEAD", "POST", "DELETE");
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD");
    private static final List<String> REQUEST_HEADERS = List.of("Accept", "Last-Event-ID");
    private static final List<String> RESPONSE_HEADERS = List.of("Content-Type", "Cache-Control",
            "Content-Security-Policy", "X-Accel-Buffering");
    private static final int MAX_REQUEST_BODY = 64 * 1024;

    private final transient Supplier<InetSocketAddress> listener;
    private final transient DashboardProxyToken token;
    private final transient I18NProvider i18n;
    private final transient OkHttpClient http;
    private final transient OkHttpClient events;
    private final transient ScheduledExecutorService keepAlive;
    private final transient Set<Call> open = ConcurrentHashMap.newKeySet();
    private final Duration keepAliveEvery;

    /** @param keepAliveEvery how often a quiet event stream gets a comment line, to notice a browser that left */
    JobsDashboardProxy(Supplier<InetSocketAddress> listener, DashboardProxyToken token, I18NProvider i18n,
            Duration keepAliveEvery) {
        this.listener = listener;
        this.keepAliveEvery = keepAliveEvery;
        this.token = token;
        this.i18n = i18n;
        this.http = new OkHttpClient.Builder().followRedirects(false).retryOnConnectionFailure(false)
                .connectTimeout(Duration.ofSeconds(5)).readTimeout(Duration.ofSeconds(60)).build();
        this.events = http.newBuilder().readTimeout(Duration.ZERO).build();
        this.keepAlive = Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().name("jobs-dashboard-keep-alive").daemon().factory());
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length() + PREFIX.length());
        if (path.isEmpty()) {
            response.sendRedirect(request.getContextPath() + PREFIX + "/");
            return;
        }
        if (!METHODS.contains(request.getMethod())) {
            refuse(request, response, HttpServletResponse.SC_METHOD_NOT_ALLOWED, "jobs.proxy.bad-request");
            return;
        }
        InetSocketAddress address = listener.get();
        if (address == null) { // JobRunr's listener starts once the app is ready
            refuse(request, response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, "jobs.proxy.unavailable");
            return;
        }
        HttpUrl url = DashboardRequests.upstreamUrl(address, path, request.getQueryString());
        if (url == null) {
            refuse(request, response, HttpServletResponse.SC_BAD_REQUEST, "jobs.proxy.bad-request");
            return;
        }
        if (!SAFE_METHODS.contains(request.getMethod()) && !DashboardRequests.sameOrigin(request)) {
            refuse(request, response, HttpServletResponse.SC_FORBIDDEN, "jobs.proxy.other-site");
            return;
        }
        RequestBody body = SAFE_METHODS.contains(request.getMethod()) ? null : body(request);
        if (body == null && !SAFE_METHODS.contains(request.getMethod())) {
            refuse(request, response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, "jobs.proxy.bad-request");
            return;
        }
        Request.Builder upstream = new Request.Builder().url(url).method(request.getMethod(), body)
                .header(TOKEN_HEADER, token.value());
        REQUEST_HEADERS.forEach(name -> {
            String value = request.getHeader(name);
            if (value != null) {
                upstream.header(name, value);
            }
        });
        forward(upstream.build(), path, request, response);
    }

    private void forward(Request upstream, String path, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        // JobRunr's server closes a keep-alive connection that sat idle; the next page view may get that connection
        // from the pool and fail. A read (GET, HEAD) is then sent once more, on a new connection.
        boolean mayRetry = SAFE_METHODS.contains(request.getMethod());
        while (true) {
            Call call = (path.startsWith("/sse/") ? events : http).newCall(upstream);
            open.add(call);
            try (Response answer = call.execute()) {
                if (answer.code() == HttpServletResponse.SC_UNAUTHORIZED) {
                    log.error("JobRunr's dashboard refused the app's proxy token");
                    refuse(request, response, HttpServletResponse.SC_BAD_GATEWAY, "jobs.proxy.unavailable");
                    return;
                }
                copyHead(answer, request, response);
                if (!"HEAD".equals(request.getMethod())) {
                    copyBody(answer, path, request, response, call);
                }
                return;
            } catch (IOException e) {
                if (mayRetry && !response.isCommitted() && !(e instanceof InterruptedIOException)) {
                    mayRetry = false;
                    continue;
                }
                if (!response.isCommitted()) {
                    log.warn("JobRunr's dashboard did not answer {}: {}", path, e.toString());
                    refuse(request, response, HttpServletResponse.SC_BAD_GATEWAY, "jobs.proxy.unavailable");
                } // else the browser left (or the app stops) in the middle of an answer: nothing left to tell anyone
                return;
            } finally {
                open.remove(call);
            }
        }
    }

    private void copyHead(Response answer, HttpServletRequest request, HttpServletResponse response) {
        response.setStatus(answer.code());
        RESPONSE_HEADERS.forEach(name -> answer.headers(name).forEach(value -> response.addHeader(name, value)));
        String location = answer.header(HttpHeaders.LOCATION);
        if (location != null && location.startsWith("/")) {
            response.setHeader(HttpHeaders.LOCATION, request.getContextPath() + PREFIX + location);
        }
    }

    private void copyBody(Response answer, String path, HttpServletRequest request, HttpServletResponse response,
            Call call) throws IOException {
        String type = answer.header("Content-Type", "");
        try (InputStream in = answer.body().byteStream()) {
            if (type.startsWith("text/event-stream")) {
                response.flushBuffer(); // the browser's EventSource opens now, not at the first event
                new EventStreamRelay(response.getOutputStream(), call::cancel).relay(in, keepAlive, keepAliveEvery);
                return;
            }
            boolean rewrite = path.startsWith("/dashboard") && (type.startsWith("text/") || type.contains("javascript")
                    || type.contains("json"));
            long length = answer.body().contentLength();
            if (!rewrite && length >= 0) {
                response.setContentLengthLong(length);
            }
            OutputStream out = rewrite ? new DashboardPathRewriter(response.getOutputStream(),
                    request.getContextPath() + PREFIX) : response.getOutputStream();
            byte[] buffer = new byte[8192];
            int read;
            while ((read = in.read(buffer)) != -1) {
                out.write(buffer, 0, read);
                out.flush();
            }
            out.close();
        }
    }

    /** The (small) body JobRunr's buttons send; null when it is larger than any of them. */
    private static RequestBody body(HttpServletRequest request) throws IOException {
        try (InputStream in = request.getInputStream()) {
            byte[] bytes = in.readNBytes(MAX_REQUEST_BODY + 1);
            if (bytes.length > MAX_REQUEST_BODY) {
                return null;
            }
            String type = request.getContentType();
            return RequestBody.create(bytes, type == null ? null : MediaType.parse(type));
        }
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response, int status, String key)
            throws IOException {
        response.setStatus(status);
        response.setContentType("text/plain;charset=UTF-8");
        response.getOutputStream().write(i18n.getTranslation(key, request.getLocale()).getBytes(StandardCharsets.UTF_8));
    }

    /** Ends the open answers (server-sent events never end by themselves), so a shutdown does not wait for them. */
    @EventListener(ContextClosedEvent.class)
    void closeAll() {
        open.forEach(Call::cancel);
    }

    @Override
    public void destroy() {
        closeAll();
        keepAlive.shutdownNow();
        http.dispatcher().executorService().shutdown();
        http.connectionPool().evictAll();
    }
}
