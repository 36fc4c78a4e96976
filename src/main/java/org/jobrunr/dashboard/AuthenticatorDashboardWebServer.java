package org.jobrunr.dashboard;

import com.sun.net.httpserver.Authenticator;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.jobrunr.dashboard.server.HttpExchangeHandler;
import org.jobrunr.dashboard.server.http.RedirectHttpHandler;
import org.jobrunr.storage.StorageProvider;
import org.jobrunr.storage.ThreadSafeStorageProvider;
import org.jobrunr.utils.mapper.JsonMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * JobRunr's dashboard on an address of our choice (loopback by default), protected by an {@link Authenticator} of our
 * own instead of a clear-text password.
 *
 * <p>JobRunr always listens on every interface and only accepts a plain username and password, but the app's proxy
 * at {@code /jobs/} should be its only way in, and the admin password may exist only as a bcrypt hash. JobRunr's
 * handlers are package-private, hence this class lives in JobRunr's package and serves them itself.
 */
public class AuthenticatorDashboardWebServer extends JobRunrDashboardWebServer {

    private static final Logger LOGGER = LoggerFactory.getLogger(AuthenticatorDashboardWebServer.class);

    private final StorageProvider storageProvider;
    private final JsonMapper jsonMapper;
    private final InetSocketAddress bindTo;
    private final Authenticator authenticator;
    private HttpServer httpServer;
    private ExecutorService executor;
    private List<HttpExchangeHandler> handlers = List.of();

    public AuthenticatorDashboardWebServer(StorageProvider storageProvider, JsonMapper jsonMapper,
            InetSocketAddress bindTo, Authenticator authenticator) {
        super(storageProvider, jsonMapper, JobRunrDashboardWebServerConfiguration.usingStandardDashboardConfiguration()
                .andPort(bindTo.getPort()).andAllowAnonymousDataUsage(false));
        this.storageProvider = new ThreadSafeStorageProvider(storageProvider);
        this.jsonMapper = jsonMapper;
        this.bindTo = bindTo;
        this.authenticator = authenticator;
    }

    @Override
    public synchronized void start() {
        if (httpServer != null) {
            return;
        }
        try {
            httpServer = HttpServer.create(bindTo, 0);
        } catch (IOException e) {
            throw new IllegalStateException("JobRunr's dashboard cannot listen on " + bindTo + ": " + e.getMessage(), e);
        }
        ClassLoader classLoader = Thread.currentThread().getContextClassLoader();
        executor = Executors.newCachedThreadPool(task -> {
            Thread thread = new Thread(task, "jobrunr-dashboard");
            thread.setContextClassLoader(classLoader); // as JobRunr's own server: handlers load the app's classes
            return thread;
        });
        handlers = List.of(createStaticFileHandler(), createApiHandler(storageProvider, jsonMapper, false),
                createSSeHandler(storageProvider, jsonMapper));
        RedirectHttpHandler toDashboard = new RedirectHttpHandler("/", "/dashboard");
        httpServer.createContext(toDashboard.getContextPath(), toDashboard);
        handlers.forEach(handler -> httpServer.createContext(handler.getContextPath(), handler)
                .setAuthenticator(authenticator));
        httpServer.setExecutor(executor);
        httpServer.start();
        LOGGER.info("JobRunr's dashboard listens on {}", address());
    }

    @Override
    public synchronized void stop() {
        if (httpServer == null) {
            return;
        }
        handlers.forEach(AuthenticatorDashboardWebServer::closeQuietly);
        executor.shutdown();
        try {
            if (!executor.awaitTermination(2, TimeUnit.SECONDS)) {
                executor.shutdownNow();
            }
        } catch (InterruptedException e) {
            executor.shutdownNow();
            Thread.currentThread().interrupt();
        }
        httpServer.stop(0);
        httpServer = null;
        LOGGER.info("JobRunr's dashboard stopped");
    }

    private static void closeQuietly(HttpExchangeHandler handler) {
        try {
            handler.close();
        } catch (RuntimeException e) {
            LOGGER.warn("Error closing a handler of JobRunr's dashboard", e);
        }
    }

    /** The address the listener is bound to (with the actual port when 0 was asked for); null until started. */
    public synchronized InetSocketAddress address() {
        return httpServer == null ? null : httpServer.getAddress();
    }
}
