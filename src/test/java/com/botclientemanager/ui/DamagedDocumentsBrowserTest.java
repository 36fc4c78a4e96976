package com.botclientemanager.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.botclientemanager.App;
import com.botclientemanager.reminders.internal.ReminderSweep;
import com.botclientemanager.storage.DamagedDocumentException;
import com.botclientemanager.testing.Browser;
import com.botclientemanager.testing.RunningAppTest;
import com.botclientemanager.whatsapp.LoggedMessage;
import com.botclientemanager.whatsapp.MessageFilter;
import com.botclientemanager.whatsapp.MessageLog;
import com.botclientemanager.whatsapp.SendingSettings;
import com.botclientemanager.whatsapp.SendingSettingsService;
import com.microsoft.playwright.Page;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The field report, end to end: the app starts on a data dir whose clients.json holds {@code "value": "1e999999999"}
 * (an OutOfMemoryError in the reminder job) and whose settings.json does not parse (it paused reminders with a daily cap
 * of 0, which a restart turned into 300). The app stays up and says what is wrong (health, log, a banner on every
 * page), plans no reminder and overwrites nothing; "Restaurar" in a real browser brings the backups back, the damaged
 * files kept aside; then reminders go out again with the saved settings.
 */
@SpringBootTest(classes = App.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext
@ExtendWith(OutputCaptureExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DamagedDocumentsBrowserTest {

    static final ZoneId SAO_PAULO = ZoneId.of("America/Sao_Paulo");
    static final String TODAY = LocalDate.now(SAO_PAULO).toString();
    static final String CLIENT = "{\"id\":\"c1\",\"name\":\"Maria Santos\",\"phone\":\"5511912345678\",\"plan_type\":\"IPTV\","
            + "\"value\":%s,\"plan_duration\":\"" + TODAY + "\",\"reminder_time_3days\":\"00:00\","
            + "\"reminder_time_payment\":\"00:00\",\"custom_message_3days\":\"\",\"custom_message_payment\":\"\","
            + "\"created_at\":\"2026-01-10T10:00:00.000000\"}";
    static final String DAMAGED_CLIENTS = "{\"clients\":[" + CLIENT.formatted("\"1e999999999\"") + "]}";
    static final String GOOD_CLIENTS = "{\"clients\":[" + CLIENT.formatted("29.90") + "]}";
    static final String SENDING = "{\"sending\":{\"windowStart\":\"00:00\",\"windowEnd\":\"23:59\",\"days\":[\"MONDAY\","
            + "\"TUESDAY\",\"WEDNESDAY\",\"THURSDAY\",\"FRIDAY\",\"SATURDAY\",\"SUNDAY\"],\"ratePerMinute\":600,\"dailyCap\":0}}";
    static final String DAMAGED_SETTINGS = SENDING.substring(0, SENDING.length() - 20);
    static final Path DATA_DIR = tempDir();

    @DynamicPropertySource
    static void damagedDataDir(DynamicPropertyRegistry registry) throws Exception {
        Files.createDirectories(DATA_DIR.resolve("backups"));
        Files.writeString(DATA_DIR.resolve("clients.json"), DAMAGED_CLIENTS);
        Files.writeString(DATA_DIR.resolve("backups/clients.20261126T090000.000000Z.json"), GOOD_CLIENTS);
        Files.writeString(DATA_DIR.resolve("settings.json"), DAMAGED_SETTINGS);
        Files.writeString(DATA_DIR.resolve("backups/settings.20261126T090000.000000Z.json"), SENDING);
        registry.add("app.data-dir", DATA_DIR::toString);
        registry.add("app.admin.password", () -> RunningAppTest.PASSWORD);
        registry.add("jobrunr.dashboard.enabled", () -> false);
    }

    private static Browser browser;

    @LocalServerPort
    int port;
    @Autowired
    ReminderSweep sweep;
    @Autowired
    MessageLog messages;
    @Autowired
    SendingSettingsService sending;

    @BeforeAll
    static void startBrowser() {
        browser = new Browser();
    }

    @AfterAll
    static void stopBrowser() {
        browser.close();
    }

    @Test
    @Order(1)
    void theAppStaysUpAndHealthNamesTheDamagedFilesButNotForTheProbes() throws Exception {
        HttpResponse<String> anonymous = get("/actuator/health", false);
        assertThat(anonymous.statusCode()).isEqualTo(503);
        assertThat(json(anonymous).path("status").asString()).isEqualTo("OUT_OF_SERVICE");

        JsonNode documents = json(get("/actuator/health", true)).path("components").path("documents");
        assertThat(documents.path("status").asString()).isEqualTo("OUT_OF_SERVICE");
        assertThat(documents.path("details").path("damaged").path("clients.json").asString())
                .contains("1e999999999").doesNotContain("Maria");
        assertThat(documents.path("details").path("damaged").path("settings.json").asString()).contains("not valid JSON");
        assertThat(get("/actuator/health/liveness", false).statusCode()).as("a restart does not fix a file").isEqualTo(200);
        assertThat(get("/actuator/health/readiness", false).statusCode()).as("the admin must reach the banner")
                .isEqualTo(200);
    }

    @Test
    @Order(2)
    void theSweepPlansNothingFromThemAndSaysSoWithoutThrowing(CapturedOutput output) throws Exception {
        assertThatCode(sweep::sweep).doesNotThrowAnyException();
        assertThatCode(sweep::sweep).doesNotThrowAnyException();

        Thread.sleep(1000);
        assertThat(messages.find(MessageFilter.all(), 0, 100)).isEmpty();
        assertThat(output.getAll()).contains("Reminder sweep skipped: [clients.json, settings.json] damaged");
        JsonNode health = json(get("/actuator/health", true)).path("components").path("reminderSweep");
        assertThat(health.path("status").asString()).isEqualTo("OUT_OF_SERVICE");
        assertThat(health.path("details").path("documents").toString()).contains("clients.json", "settings.json");
    }

    @Test
    @Order(3)
    void damagedSettingsAreNeitherReplacedByDefaultsNorOverwritten() throws Exception {
        assertThatThrownBy(sending::current).as("not the default daily cap of 300").isInstanceOf(DamagedDocumentException.class);
        assertThatThrownBy(() -> sending.save(new SendingSettings(LocalTime.of(8, 0), LocalTime.of(21, 0),
                EnumSet.allOf(DayOfWeek.class), 3, 300))).isInstanceOf(DamagedDocumentException.class);
        assertThat(Files.readString(DATA_DIR.resolve("settings.json"))).isEqualTo(DAMAGED_SETTINGS);
        assertThat(Files.readString(DATA_DIR.resolve("clients.json"))).isEqualTo(DAMAGED_CLIENTS);
    }

    @Test
    @Order(4)
    void theBannerNamesTheFilesOnEveryPageAndRestaurarBringsTheBackupsBack() throws Exception {
        Page page = browser.newPage("pt-BR", 1280);
        Browser.login(page, baseUrl(), RunningAppTest.ADMIN, RunningAppTest.PASSWORD);
        for (String route : List.of("", "clients", "templates", "whatsapp", "settings")) {
            page.navigate(baseUrl() + "/" + route);
            assertThat(page.locator("#damaged-clients")).containsText("clients.json está danificado");
            assertThat(page.locator("#damaged-clients")).containsText("o cliente \"Maria Santos\" tem o valor \"1e999999999\"");
            assertThat(page.locator("#damaged-settings")).containsText("settings.json está danificado");
            assertThat(page.locator("#damaged-settings")).containsText("não é um JSON válido (o erro está na linha 1");
            assertThat(page.locator("body")).not().containsText("Jackson");
        }
        page.navigate(baseUrl() + "/whatsapp");
        assertThat(page.locator("#sending-section .damaged-section-note")).isVisible();
        assertThat(page.locator("#sending-cap input")).isDisabled();
        assertThat(page.locator("#sending-cap input")).hasValue("");
        page.navigate(baseUrl() + "/clients");
        assertThat(page.locator("#damaged-page-problem")).containsText("clients.json está danificado");

        restore(page, "clients");
        assertThat(page.locator("#damaged-restored")).containsText("O arquivo danificado foi guardado em damaged/clients.");
        page.locator("#damaged-reload").click();
        assertThat(page.locator("#damaged-clients")).hasCount(0);
        assertThat(page.locator("vaadin-grid")).containsText("Maria Santos");
        assertThat(page.locator("#damaged-settings")).isVisible();

        restore(page, "settings");
        page.locator("#damaged-reload").click();
        assertThat(page.locator("vaadin-grid")).containsText("Maria Santos");
        assertThat(page.locator("#damaged-documents-banner")).hasCount(0);
        page.navigate(baseUrl() + "/whatsapp");
        assertThat(page.locator("#sending-cap input")).hasValue("0");
        page.context().close();

        assertThat(Files.readString(DATA_DIR.resolve("clients.json"))).isEqualTo(GOOD_CLIENTS);
        assertThat(Files.readString(DATA_DIR.resolve("settings.json"))).isEqualTo(SENDING);
        try (Stream<Path> kept = Files.list(DATA_DIR.resolve("damaged"))) {
            assertThat(kept.map(DamagedDocumentsBrowserTest::read)).containsExactlyInAnyOrder(DAMAGED_CLIENTS,
                    DAMAGED_SETTINGS);
        }
    }

    @Test
    @Order(5)
    void afterTheRestoreRemindersGoOutAgainWithTheSavedSettings() throws Exception {
        assertThat(sending.current().dailyCap()).as("the cap saved before the damage, not 300").isZero();
        sweep.sweep();
        Thread.sleep(2000);
        assertThat(messages.find(MessageFilter.all(), 0, 100)).as("paused by the daily cap of 0").isEmpty();

        sending.save(new SendingSettings(LocalTime.MIN, LocalTime.of(23, 59), EnumSet.allOf(DayOfWeek.class), 600, 10));
        sweep.sweep();
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        List<LoggedMessage> sent = List.of();
        while (sent.isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(200);
            sent = messages.find(MessageFilter.all(), 0, 100).stream().filter(m -> m.status().wentOut()).toList();
        }
        assertThat(sent).singleElement().satisfies(m -> {
            assertThat(m.clientId()).isEqualTo("c1");
            assertThat(m.text()).contains("Maria Santos").contains("29,90");
        });
        assertThat(json(get("/actuator/health", true)).path("status").asString()).isEqualTo("UP");
    }

    private void restore(Page page, String document) {
        assertThat(page.locator("#damaged-backup-" + document)).containsText("26/11/2026");
        page.locator("#damaged-restore-" + document).click();
        page.locator("vaadin-button[slot='confirm-button']:visible").click();
        assertThat(page.locator("#damaged-restored")).containsText(document + ".json foi restaurado do backup de 26/11/2026");
    }

    private String baseUrl() {
        return "http://localhost:" + port;
    }

    private HttpResponse<String> get(String path, boolean admin) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl() + path)).timeout(Duration.ofSeconds(20));
        if (admin) {
            request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                    (RunningAppTest.ADMIN + ":" + RunningAppTest.PASSWORD).getBytes(StandardCharsets.UTF_8)));
        }
        try (HttpClient http = HttpClient.newHttpClient()) {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        }
    }

    private static JsonNode json(HttpResponse<String> response) {
        return JsonMapper.builder().build().readTree(response.body());
    }

    private static Path tempDir() {
        try {
            return Files.createTempDirectory("bcm-damaged");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
