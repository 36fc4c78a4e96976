package com.botclientemanager;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.botclientemanager.reminders.internal.ReminderSweep;
import com.botclientemanager.testing.Browser;
import com.botclientemanager.testing.EvolutionStandIn;
import com.botclientemanager.testing.MutableClock;
import com.botclientemanager.testing.StandIns;
import com.botclientemanager.whatsapp.SeparateAppTest;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.FilePayload;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.stream.Stream;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue #15's "done when", in Chromium on an empty data dir, with nothing set in the environment and no restart: the
 * reseller connects an Evolution instance (a stand-in) by QR code from the WhatsApp page, imports the older bot's
 * {@code clients.json}, sets PIX, goes through the rest of the first steps, and at the client's reminder time the first
 * reminder goes out through Evolution with the PIX code in it and shows in the message log. Each subclass runs it on
 * its own app at one screen width.
 */
@Import(FirstDay.TestClock.class)
abstract class FirstDay extends SeparateAppTest {

    static final ZoneId SAO_PAULO = ZoneId.of("America/Sao_Paulo");
    static final LocalDate TODAY = LocalDate.now(SAO_PAULO);
    static final MutableClock CLOCK = new MutableClock(ZonedDateTime.of(TODAY, LocalTime.of(9, 30), SAO_PAULO).toInstant());
    private static MockWebServer evolution;
    private static EvolutionStandIn state;
    private static final String CODE = "2@first/day+QR,Zmlyc3Q=,ZGF5,cXI=";
    private static final String API_KEY = "first-day-key-9f86d081884c7d65";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static Browser browser;

    @TestConfiguration
    static class TestClock {
        @Bean
        @Primary
        MutableClock testClock() {
            return CLOCK;
        }
    }

    @Autowired
    ReminderSweep sweep;
    @Value("${app.data-dir}")
    Path dataDir;

    @BeforeAll
    static void start() {
        CLOCK.set(ZonedDateTime.of(TODAY, LocalTime.of(9, 30), SAO_PAULO).toInstant());
        evolution = StandIns.started();
        state = new EvolutionStandIn("loja", API_KEY, false, CODE, "DIA1-2345", "FIRST-DAY-");
        evolution.setDispatcher(state);
        browser = new Browser();
    }

    @AfterAll
    static void stop() {
        browser.close();
        evolution.close();
    }

    /** The viewport width, in CSS pixels. */
    abstract int width();

    @Test
    void fromAnEmptyDataDirToTheFirstReminderFromTheScreensAlone() throws Exception {
        Page page = browser.newPage("pt-BR", width());
        try {
            Browser.login(page, baseUrl(), ADMIN, PASSWORD);
            assertThat(page.locator("#first-run-progress")).hasText("0 de 5 concluídos");

            // 1. WhatsApp: Evolution chosen, instance created, webhook registered, QR code scanned
            page.locator("#first-run-open-whatsapp").click();
            page.waitForURL(url -> url.endsWith("/whatsapp"));
            assertThat(page.locator("#whatsapp-status-title")).hasText("Modo de teste");
            page.locator("#setup-provider vaadin-radio-button")
                    .filter(new Locator.FilterOptions().setHasText("Evolution API")).click();
            page.locator("#setup-evolution-url input").fill(evolution.url("/").toString());
            page.locator("#setup-evolution-api-key input").fill(API_KEY);
            page.locator("#setup-evolution-instance input").fill("loja");
            page.locator("#setup-save").click();
            assertThat(page.locator("#setup-result")).containsText("Webhook registrado");
            page.locator("#whatsapp-connect").click();
            assertThat(page.locator("#whatsapp-qr-image")).isVisible();
            assertThat(Browser.qrText(page, baseUrl(), "whatsapp-qr-image")).isEqualTo(CODE);
            assertNoSidewaysScroll(page, "whatsapp");

            state.open = true; // the phone scanned the code: Evolution reports it on the webhook the app registered
            assertThat(postToRegisteredWebhook("{\"event\":\"connection.update\",\"instance\":\"loja\","
                    + "\"data\":{\"instance\":\"loja\",\"state\":\"open\",\"statusReason\":200}}")).isEqualTo(200);
            assertThat(page.locator("#whatsapp-status-title")).hasText("Conectado",
                    new LocatorAssertions.HasTextOptions().setTimeout(15_000));

            // 2. the older bot's clients.json, through the import preview
            page.navigate(baseUrl() + "/clients");
            page.locator("#clients-empty-import").click();
            page.locator("#import-upload input[type=file]").setInputFiles(new FilePayload("clients.json",
                    "application/json", olderBotClients().getBytes(StandardCharsets.UTF_8)));
            assertThat(page.locator("#import-summary")).hasText("1 novos, 0 atualizações, 0 com erro.");
            page.locator("#import-confirm").click();
            assertThat(page.locator("#clients-empty")).isHidden();
            assertThat(page.locator("#clients-grid")).containsText("Primeira Cliente");
            assertNoSidewaysScroll(page, "clients");

            // 3. PIX
            page.navigate(baseUrl() + "/settings");
            page.locator("vaadin-text-field#pix-key input").fill("529.982.247-25");
            page.locator("vaadin-text-field#pix-name input").fill("Zé da TV");
            page.locator("vaadin-text-field#pix-city input").fill("São Paulo");
            page.locator("#pix-save").click();
            assertThat(page.locator("#pix-qr")).isVisible();
            assertNoSidewaysScroll(page, "settings");

            // 4. the rest of the first steps, from the dashboard
            page.navigate(baseUrl() + "/");
            assertThat(page.locator("#first-run-progress")).hasText("3 de 5 concluídos");
            page.locator("#first-run-open-templates").click();
            page.waitForURL(url -> url.endsWith("/templates"));
            page.locator("#templates-list").waitFor();
            page.navigate(baseUrl() + "/");
            page.locator("#first-run-confirm-sending-hours").click();
            assertThat(page.locator("#first-run")).isHidden();
            assertThat(state.sent).as("nothing goes out before the client's reminder time").isEmpty();

            // 5. at 10:00, the client's reminder time, the minute's sweep hands the reminder to Evolution
            CLOCK.set(ZonedDateTime.of(TODAY, LocalTime.of(10, 1), SAO_PAULO).toInstant());
            sweep.sweep();
            page.waitForCondition(() -> !state.sent.isEmpty(), new Page.WaitForConditionOptions().setTimeout(30_000));
            JsonNode sent = JSON.readTree(state.sent.getFirst());
            assertThat(sent.path("number").asString()).isEqualTo("5511987650001");
            assertThat(sent.path("text").asString())
                    .startsWith("Oi, Primeira Cliente! Seu plano IPTV vence hoje")
                    .contains("R$ 35,50", "52998224725")
                    .doesNotContain("{");
            assertThat(state.apiKeys).containsOnly(API_KEY);

            page.navigate(baseUrl() + "/messages");
            assertThat(page.locator("#messages-count")).hasText("1 mensagem");
            assertThat(page.locator("#messages-grid")).containsText("Primeira Cliente");
            assertNoSidewaysScroll(page, "messages");

            // the secrets stayed out of the page, out of settings.json and in an owner-only file
            assertThat(page.content()).doesNotContain(API_KEY);
            try (Stream<Path> files = Files.list(dataDir)) {
                List<Path> holding = files.filter(Files::isRegularFile).filter(file -> contains(file, API_KEY)).toList();
                assertThat(holding).singleElement().satisfies(file -> assertThat(
                        Files.getPosixFilePermissions(file).stream().map(Enum::name).toList())
                        .containsExactlyInAnyOrder("OWNER_READ", "OWNER_WRITE"));
            }
        } finally {
            page.context().close();
        }
    }

    /** The older bot's format: due today, reminded on the due day at 10:00, no message of its own. */
    private static String olderBotClients() {
        return """
                {"clients":[{"id":"f1000000-0000-4000-8000-000000000001","name":"Primeira Cliente",
                 "phone":"5511987650001","plan_type":"IPTV","value":35.5,"plan_duration":"%s",
                 "reminder_time_3days":"09:00","reminder_time_payment":"10:00","custom_message_3days":"",
                 "custom_message_payment":"","created_at":"2026-01-05T14:03:11.482913"}]}
                """.formatted(TODAY);
    }

    private static void assertNoSidewaysScroll(Page page, String screen) {
        Object overflow = page.evaluate("() => document.documentElement.scrollWidth - window.innerWidth");
        assertThat(((Number) overflow).intValue()).as("sideways scroll on " + screen).isLessThanOrEqualTo(0);
    }

    private int postToRegisteredWebhook(String body) throws Exception {
        JsonNode webhook = JSON.readTree(state.webhookBodies.getLast()).path("webhook");
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(webhook.path("url").asString()))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
        webhook.path("headers").properties().forEach(header -> request.header(header.getKey(), header.getValue().asString()));
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private static boolean contains(Path file, String text) {
        try {
            return Files.readString(file, StandardCharsets.ISO_8859_1).contains(text);
        } catch (java.io.IOException e) {
            return false;
        }
    }

}
