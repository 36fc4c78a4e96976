package com.botclientemanager.reminders;

import static org.assertj.core.api.Assertions.assertThat;

import com.botclientemanager.App;
import com.botclientemanager.clients.Client;
import com.botclientemanager.clients.ClientDirectory;
import com.botclientemanager.testing.Browser;
import com.botclientemanager.testing.MutableClock;
import com.botclientemanager.testing.RunningAppTest;
import com.botclientemanager.whatsapp.LoggedMessage;
import com.botclientemanager.whatsapp.MessageFilter;
import com.botclientemanager.whatsapp.MessageLog;
import com.botclientemanager.whatsapp.MessageStatus;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.jobrunr.jobs.states.StateName;
import org.jobrunr.scheduling.JobScheduler;
import org.jobrunr.server.BackgroundJobServer;
import org.jobrunr.storage.StorageProvider;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * JobRunr's real job server on the app's H2 file database, stopped the way JobRunr stops it on an error it cannot
 * recover from ("An unrecoverable error occurred. Shutting down BackgroundJobServer"): the app restarts it, runs what
 * was enqueued meanwhile, sends the reminders that fell due meanwhile the same day, reports liveness DOWN while the
 * restarts keep failing, and tells the admin in a banner.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class JobServerWatchdogTest {

    static final ZoneId SAO_PAULO = ZoneId.of("America/Sao_Paulo");
    static final LocalDate TODAY = LocalDate.of(2026, 12, 10);
    static final MutableClock CLOCK = new MutableClock(at(10, 0));
    static final Duration CHECK_INTERVAL = Duration.ofSeconds(1);
    /** JobRunr notices the broken table at its next heartbeat (poll interval 5 s in tests) and stops the server. */
    static final Duration JOBRUNR_NOTICES = Duration.ofSeconds(15);
    /** Noticed at the next check, restarted, confirmed running at the one after. */
    static final Duration RESTART_BOUND = CHECK_INTERVAL.multipliedBy(2).plusSeconds(3);
    /** Once liveness is DOWN the app retries every 4th check only. */
    static final Duration RESTART_BOUND_WHEN_BROKEN = CHECK_INTERVAL.multipliedBy(5).plusSeconds(3);

    @TestConfiguration
    static class TestClock {
        @Bean
        @Primary
        MutableClock testClock() {
            return CLOCK;
        }
    }

    /** Started by hand rather than by the test framework, so the last test can shut it down as in production. */
    private static ConfigurableApplicationContext app;
    private static Browser browser;
    private final HttpClient http = HttpClient.newHttpClient();

    private BackgroundJobServer server;
    private JobServerStatus status;

    @BeforeAll
    static void start() throws Exception {
        String dataDir = Files.createTempDirectory("bcm-watchdog").toString();
        app = new SpringApplicationBuilder(App.class, TestClock.class).run("--server.port=0",
                "--app.data-dir=" + dataDir, "--app.admin.password=" + RunningAppTest.PASSWORD,
                "--jobrunr.dashboard.enabled=false", "--app.whatsapp.rate-per-minute=600",
                "--app.reminders.job-server-check-interval=" + CHECK_INTERVAL.toSeconds() + "s");
        browser = new Browser();
    }

    @AfterAll
    static void stop() {
        browser.close();
        app.close();
    }

    @BeforeEach
    void beans() {
        server = app.getBean(BackgroundJobServer.class);
        status = app.getBean(JobServerStatus.class);
    }

    @Test
    @Order(1)
    void aServerStoppedByAnUnrecoverableErrorIsRestartedAndWhatFellDueMeanwhileGoesOutTheSameDay() throws Exception {
        awaitTrue("the job server runs after start-up", Duration.ofSeconds(20), server::isRunning);
        app.getBean(ClientDirectory.class).save(client("ana", "Ana Souza", LocalTime.of(10, 30)));
        // a page left open: the banner is pushed to it (the first page after start-up may be slow on a busy machine)
        Page openBefore = browser.newPage("pt-BR", 1280);
        Browser.login(openBefore, "http://localhost:" + port(), RunningAppTest.ADMIN, RunningAppTest.PASSWORD);
        PlaywrightAssertions.assertThat(openBefore.locator("vaadin-side-nav")).containsText("Clientes",
                new com.microsoft.playwright.assertions.LocatorAssertions.ContainsTextOptions().setTimeout(30_000));
        PlaywrightAssertions.assertThat(openBefore.locator("#job-server-banner")).isHidden();

        hideJobRunrServersTable();
        awaitTrue("the job server stopped", JOBRUNR_NOTICES, () -> status.lastOutage().isPresent());
        assertThat(status.lastOutage().orElseThrow().stoppedAt()).isEqualTo(at(10, 0));
        var enqueuedWhileDown = app.getBean(JobScheduler.class).enqueue(() -> System.out.println("enqueued while the job server was down"));
        CLOCK.set(at(10, 45));

        awaitTrue("liveness DOWN while restarts keep failing (3 restarts that did not hold)",
                CHECK_INTERVAL.multipliedBy(4).plusSeconds(10),
                () -> liveness().statusCode() == 503);
        assertThat(liveness().body()).contains("DOWN");
        assertThat(app.getBean(StorageProvider.class).getJobById(enqueuedWhileDown.asUUID()).getState()).isEqualTo(StateName.ENQUEUED);
        assertThat(messagesFor("ana")).as("nothing goes out while the server is down").isEmpty();
        Page page = loggedIn();
        try {
            PlaywrightAssertions.assertThat(page.locator("#job-server-banner")).containsText(
                    "O servidor de tarefas parou às 10:00 e está sendo reiniciado");
        } finally {
            page.context().close();
        }
        PlaywrightAssertions.assertThat(openBefore.locator("#job-server-banner")).containsText(
                "O servidor de tarefas parou às 10:00 e está sendo reiniciado");

        restoreJobRunrServersTable();
        awaitTrue("the job server runs again", RESTART_BOUND_WHEN_BROKEN,
                () -> server.isRunning() && status.lastOutage().map(outage -> !outage.ongoing()).orElse(false));
        assertThat(liveness().statusCode()).isEqualTo(200);
        awaitTrue("the job enqueued while it was down ran", Duration.ofSeconds(20),
                () -> app.getBean(StorageProvider.class).getJobById(enqueuedWhileDown.asUUID()).getState() == StateName.SUCCEEDED);
        awaitTrue("ana's 10:30 reminder went out at 10:45", Duration.ofSeconds(30),
                () -> messagesFor("ana").stream().anyMatch(m -> m.status() == MessageStatus.SIMULATED));
        assertThat(messagesFor("ana")).singleElement().satisfies(m -> assertThat(m.kind()).isEqualTo("due_day"));

        page = loggedIn();
        try {
            PlaywrightAssertions.assertThat(page.locator("#job-server-banner")).containsText(
                    "O servidor de tarefas parou às 10:00 e foi reiniciado às 10:45");
        } finally {
            page.context().close();
        }
        PlaywrightAssertions.assertThat(openBefore.locator("#job-server-banner")).containsText(
                "O servidor de tarefas parou às 10:00 e foi reiniciado às 10:45");
        openBefore.context().close();
    }

    @Test
    @Order(2)
    void aServerStoppedFromAnyOtherPlaceIsRestartedToo() throws Exception {
        CLOCK.set(at(14, 0));
        Thread.ofPlatform().start(server::stop).join();
        // no check that it is stopped now: the watchdog may already have restarted it; the outage at 14:00 proves the stop

        awaitTrue("restarted", RESTART_BOUND,
                () -> server.isRunning() && status.lastOutage().map(o -> o.stoppedAt().equals(at(14, 0)) && !o.ongoing())
                        .orElse(false));
    }

    @Test
    @Order(3)
    void theAppsOwnShutdownIsNoOutage() throws Exception {
        var before = status.lastOutage();
        app.close();
        Thread.sleep(CHECK_INTERVAL.multipliedBy(3).toMillis());
        assertThat(server.isRunning()).isFalse();
        assertThat(status.lastOutage()).isEqualTo(before);
    }

    /** The table JobRunr writes its heartbeat to: without it JobRunr's server zookeeper fails and stops the server. */
    private void hideJobRunrServersTable() {
        app.getBean(JdbcClient.class).sql("ALTER TABLE jobrunr_backgroundjobservers RENAME TO jobrunr_servers_hidden").update();
    }

    private void restoreJobRunrServersTable() {
        app.getBean(JdbcClient.class).sql("ALTER TABLE jobrunr_servers_hidden RENAME TO jobrunr_backgroundjobservers").update();
    }

    private Page loggedIn() {
        Page page = browser.newPage("pt-BR", 1280);
        Browser.login(page, "http://localhost:" + port(), RunningAppTest.ADMIN, RunningAppTest.PASSWORD);
        PlaywrightAssertions.assertThat(page.locator("vaadin-side-nav")).containsText("Clientes");
        return page;
    }

    private static String port() {
        return app.getEnvironment().getProperty("local.server.port");
    }

    private HttpResponse<String> liveness() {
        try {
            return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port() + "/actuator/health/liveness"))
                    .build(), HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private List<LoggedMessage> messagesFor(String clientId) {
        return app.getBean(MessageLog.class).find(MessageFilter.all(), 0, 1000).stream().filter(m -> clientId.equals(m.clientId())).toList();
    }

    private static void awaitTrue(String what, Duration bound, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + bound.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not within " + bound + ": " + what);
            }
            Thread.sleep(100);
        }
    }

    static Instant at(int hour, int minute) {
        return ZonedDateTime.of(TODAY, LocalTime.of(hour, minute), SAO_PAULO).toInstant();
    }

    static Client client(String id, String name, LocalTime time) {
        return new Client(id, name, "5511987650000", "IPTV", new BigDecimal("35.00"), TODAY, time, time, "", "",
                LocalDateTime.of(2026, 1, 1, 10, 0), "Mensal", null, true, true, null, false);
    }
}
