package com.botclientemanager.testing;

import com.botclientemanager.App;
import com.botclientemanager.security.LoginThrottle;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The whole app on a random port, on a fresh data dir (H2 file database included), with a known admin password.
 * Subclasses share one running app.
 */
@SpringBootTest(classes = App.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class RunningAppTest {

    public static final String ADMIN = "admin";
    public static final String PASSWORD = "correct-horse-battery-staple";
    protected static final Path DATA_DIR = tempDir();
    protected static final int JOBS_DASHBOARD_PORT = freePort();

    @LocalServerPort
    protected int port;

    @Autowired
    private LoginThrottle throttle;
    @Autowired
    private DataSource dataSource;

    @DynamicPropertySource
    static void appProperties(DynamicPropertyRegistry registry) {
        registry.add("app.data-dir", DATA_DIR::toString);
        registry.add("app.admin.password", () -> PASSWORD);
        registry.add("jobrunr.dashboard.port", () -> JOBS_DASHBOARD_PORT);
    }

    /** Whatever a test did (pages, webhooks, jobs), every pooled database connection comes back. */
    @AfterEach
    void everyPooledConnectionCameBack() throws InterruptedException {
        PooledConnections.assertAllReturned(dataSource, Duration.ofSeconds(10));
    }

    @AfterEach
    void forgetFailedLogins() {
        throttle.recordSuccess("127.0.0.1");
        throttle.recordSuccess("0:0:0:0:0:0:0:1");
    }

    protected String baseUrl() {
        return "http://localhost:" + port;
    }

    private static Path tempDir() {
        try {
            return Files.createTempDirectory("bcm-test-data");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
