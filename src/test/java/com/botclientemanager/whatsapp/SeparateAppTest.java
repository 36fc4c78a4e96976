package com.botclientemanager.whatsapp;

import com.botclientemanager.App;
import com.botclientemanager.testing.PooledConnections;
import com.botclientemanager.testing.RunningAppTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Like {@link RunningAppTest}, but for a class that needs its own WhatsApp settings and therefore its own running app:
 * its own data dir and JobRunr dashboard port (the shared app holds the default ones), closed after the class.
 */
@SpringBootTest(classes = App.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext
public abstract class SeparateAppTest {

    protected static final String ADMIN = RunningAppTest.ADMIN;
    protected static final String PASSWORD = RunningAppTest.PASSWORD;

    @LocalServerPort
    protected int port;

    @Autowired
    private DataSource dataSource;

    /** Whatever a test did (pages, webhooks, jobs), every pooled database connection comes back. */
    @AfterEach
    void everyPooledConnectionCameBack() throws InterruptedException {
        PooledConnections.assertAllReturned(dataSource, Duration.ofSeconds(10));
    }

    @DynamicPropertySource
    static void separateApp(DynamicPropertyRegistry registry) {
        Path dataDir = tempDir();
        int dashboardPort = RunningAppTest.freePort();
        registry.add("app.data-dir", dataDir::toString);
        registry.add("app.admin.password", () -> PASSWORD);
        registry.add("jobrunr.dashboard.port", () -> dashboardPort);
    }

    protected String baseUrl() {
        return "http://localhost:" + port;
    }

    private static Path tempDir() {
        try {
            return Files.createTempDirectory("bcm-test-data-whatsapp");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
