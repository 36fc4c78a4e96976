package com.botclientemanager.paylinks;

import com.botclientemanager.App;
import com.botclientemanager.clients.Client;
import com.botclientemanager.paylinks.internal.PageRateLimit;
import com.botclientemanager.testing.RunningAppTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.event.EventListener;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The whole app with a public address (so {link} renders), shared by the client page's tests. */
@SpringBootTest(classes = {App.class, PayLinksAppTest.Claims.class},
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class PayLinksAppTest {

    static final Path DATA_DIR = tempDir();
    static final String PUBLIC_URL = "https://pagar.example";

    @LocalServerPort
    int port;
    @Autowired
    PageRateLimit rateLimit;
    @Autowired
    Claims claims;

    @DynamicPropertySource
    static void appProperties(DynamicPropertyRegistry registry) {
        int dashboardPort = RunningAppTest.freePort();
        registry.add("app.data-dir", DATA_DIR::toString);
        registry.add("app.admin.password", () -> RunningAppTest.PASSWORD);
        registry.add("jobrunr.dashboard.port", () -> dashboardPort);
        registry.add("app.whatsapp.public-url", () -> PUBLIC_URL);
        registry.add("app.whatsapp.window-start", () -> "00:00");
        registry.add("app.whatsapp.window-end", () -> "23:59:59");
    }

    @AfterEach
    void forgetRequests() {
        rateLimit.forget("127.0.0.1");
        rateLimit.forget("0:0:0:0:0:0:0:1");
        claims.received.clear();
    }

    String baseUrl() {
        return "http://localhost:" + port;
    }

    static Client client(String id, String name, LocalDate due) {
        return new Client("paylinks-" + id, name, "55119876543" + Math.abs(id.hashCode() % 100), "IPTV",
                new BigDecimal("35.00"), due, LocalTime.of(9, 0), LocalTime.of(9, 0), "", "",
                LocalDateTime.of(2026, 1, 1, 10, 0), "Mensal Full HD", "nota privada", true, true, null, false);
    }

    /** Every "Já paguei" the app published. */
    @TestConfiguration
    static class Claims {
        final List<PaymentClaimed> received = new CopyOnWriteArrayList<>();

        @EventListener
        void on(PaymentClaimed claim) {
            received.add(claim);
        }
    }

    private static Path tempDir() {
        try {
            return Files.createTempDirectory("bcm-test-paylinks");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
