package com.botclientemanager.replies.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.botclientemanager.clients.Client;
import com.botclientemanager.clients.ClientDirectory;
import com.botclientemanager.replies.Conversations;
import com.botclientemanager.testing.Browser;
import com.botclientemanager.testing.EvolutionStandIn;
import com.botclientemanager.testing.StandIns;
import com.botclientemanager.whatsapp.SeparateAppTest;
import com.botclientemanager.whatsapp.internal.EvolutionWebhookSecret;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Conversas with the Evolution provider: a client's message posted to the webhook while the page is open appears live
 * with the unread badge in the navigation, opening the thread reads it, the reseller's answer reaches the stand-in
 * Evolution, and at 390 px the thread takes the whole screen with a back button.
 */
class ConversationsBrowserTest extends SeparateAppTest {

    private static final MockWebServer EVOLUTION = StandIns.started();
    private static final EvolutionStandIn STATE = new EvolutionStandIn("shop", "evo-key", true, "code", null, "OUT-");
    private static Browser browser;

    @Autowired
    ClientDirectory clients;
    @Autowired
    EvolutionWebhookSecret secret;
    @Autowired
    Conversations conversations;

    @DynamicPropertySource
    static void evolution(DynamicPropertyRegistry registry) {
        EVOLUTION.setDispatcher(STATE);
        registry.add("app.whatsapp.provider", () -> "evolution");
        registry.add("app.whatsapp.evolution.url", () -> EVOLUTION.url("/").toString());
        registry.add("app.whatsapp.evolution.api-key", () -> "evo-key");
        registry.add("app.whatsapp.evolution.instance", () -> "shop");
        registry.add("app.whatsapp.window-start", () -> "00:00");
        registry.add("app.whatsapp.window-end", () -> "23:59:59");
    }

    @BeforeAll
    static void startBrowser() {
        browser = new Browser();
    }

    @AfterAll
    static void stop() {
        browser.close();
        EVOLUTION.close();
    }

    /** Each test starts with nothing unread, whatever the other left behind. */
    @BeforeEach
    void everythingRead() {
        conversations.threads().forEach(thread -> conversations.markRead(thread.clientId()));
    }

    @Test
    void aReplyArrivesLiveAndTheAnswerReachesTheClient() throws Exception {
        Client gabi = clients.save(new Client("conv-gabi", "Gabi Conversa", "5511988887777", "IPTV",
                new BigDecimal("35.00"), LocalDate.now().plusDays(10), LocalTime.of(9, 0), LocalTime.of(9, 0), "", "",
                LocalDateTime.of(2026, 1, 1, 10, 0), "Mensal", null, true, true, null, false));
        Page page = browser.newPage("pt-BR", 1280);
        try {
            Browser.login(page, baseUrl(), ADMIN, PASSWORD);
            page.navigate(baseUrl() + "/conversations");
            assertThat(page.locator("vaadin-side-nav-item").filter(new Locator.FilterOptions().setHasText("Conversas")))
                    .isVisible();
            assertThat(page.locator("#conversations-unread")).isHidden();

            assertThat(post(upsert("3EBCONV001", "5511988887777@s.whatsapp.net", "Oi, meu sinal caiu"))).isEqualTo(200);

            Locator item = page.locator(".conversation-item[data-client='" + gabi.id() + "']");
            assertThat(item).containsText("Oi, meu sinal caiu");
            assertThat(item.locator(".conversation-unread")).hasText("1");
            assertThat(page.locator("#conversations-unread")).hasText("1");

            item.click();
            assertThat(page.locator("#conversation-messages")).containsText("Oi, meu sinal caiu");
            assertThat(page.locator("#conversations-unread")).isHidden();

            page.locator("#conversation-reply-text textarea").fill("Oi Gabi, vou verificar agora.");
            page.locator("vaadin-button#conversation-reply-send").click();
            assertThat(page.locator("#conversation-messages .bubble.outgoing")).containsText("Oi Gabi, vou verificar agora.");
            assertThat(page.locator("#conversation-reply-text textarea")).hasValue("");
            assertThat(STATE.sent).anySatisfy(body -> assertThat(body)
                    .contains("\"number\":\"5511988887777\"", "Oi Gabi, vou verificar agora."));

            assertThat(post(upsert("3EBCONV002", "5511988887777@s.whatsapp.net", "Voltou, obrigada!"))).isEqualTo(200);
            assertThat(page.locator("#conversation-messages .bubble.incoming").last()).containsText("Voltou, obrigada!");
            assertThat(page.locator("#conversations-unread")).isHidden();
        } finally {
            page.context().close();
        }

        Page phone = browser.newPage("pt-BR", 390);
        try {
            Browser.login(phone, baseUrl(), ADMIN, PASSWORD);
            phone.navigate(baseUrl() + "/conversations");
            phone.locator(".conversation-item[data-client='" + gabi.id() + "']").click();
            assertThat(phone.locator("#conversation-messages")).containsText("Voltou, obrigada!");
            assertThat(phone.locator("#conversation-list")).isHidden();
            assertThat(phone.locator("vaadin-button#conversation-back")).isVisible();
            phone.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/conversations-390.png")));
            assertThat((Integer) phone.evaluate("document.documentElement.scrollWidth")).isLessThanOrEqualTo(390);
            Object sendRight = phone.evaluate("document.querySelector('#conversation-reply-send')"
                    + ".getBoundingClientRect().right");
            assertThat(((Number) sendRight).doubleValue()).isLessThanOrEqualTo(390);

            phone.locator("vaadin-button#conversation-back").click();
            assertThat(phone.locator("#conversation-list")).isVisible();
        } finally {
            phone.context().close();
        }
    }

    @Test
    void aClientWhoAskedToStopIsMarkedInTheListAndTheFormUntilTheResellerSwitchesRemindersBackOn() throws Exception {
        clients.save(new Client("conv-hugo", "Hugo Saiu", "5511977776666", "IPTV", new BigDecimal("35.00"),
                LocalDate.now().plusDays(10), LocalTime.of(9, 0), LocalTime.of(9, 0), "", "",
                LocalDateTime.of(2026, 1, 1, 10, 0), "Mensal", null, true, true, null, false));
        assertThat(post(upsert("3EBSAIR001", "5511977776666@s.whatsapp.net", "Quero SAIR"))).isEqualTo(200);
        Page page = browser.newPage("pt-BR", 1280);
        try {
            Browser.login(page, baseUrl(), ADMIN, PASSWORD);
            page.navigate(baseUrl() + "/clients");
            page.locator("#clients-search input").fill("Hugo Saiu");
            assertThat(page.locator("#clients-grid .opted-out-badge:visible")).hasText("Pediu para sair");
            page.waitForTimeout(500);
            page.locator("#clients-grid button.edit-button:visible").first().click();
            assertThat(page.locator("#client-opted-out")).containsText("Pediu para sair");
            assertThat(page.locator("#client-opted-out")).containsText("SAIR");

            page.locator("vaadin-checkbox#client-reminders input").check();
            page.locator("#client-save").click();
            assertThat(page.locator("#client-save")).hasCount(0);
            assertThat(page.locator("#clients-grid .opted-out-badge:visible")).hasCount(0);
            page.locator("#clients-grid button.edit-button:visible").first().click();
            assertThat(page.locator("vaadin-checkbox#client-reminders input")).isChecked();
            assertThat(page.locator("#client-opted-out")).hasCount(0);
        } finally {
            page.context().close();
        }
    }

    private int post(String body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl() + "/webhooks/evolution/" + secret.value()))
                .header("Content-Type", "application/json").timeout(Duration.ofSeconds(10))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString()).statusCode();
    }

    /** A {@code messages.upsert} as Evolution API v2 posts it for a text message. */
    private static String upsert(String id, String remoteJid, String text) {
        return "{\"event\":\"messages.upsert\",\"instance\":\"shop\",\"data\":{\"key\":{\"remoteJid\":\"" + remoteJid
                + "\",\"fromMe\":false,\"id\":\"" + id + "\"},\"pushName\":\"Gabi\",\"message\":{\"conversation\":\""
                + text + "\"},\"messageType\":\"conversation\",\"messageTimestamp\":" + System.currentTimeMillis() / 1000
                + ",\"instanceId\":\"i1\",\"source\":\"android\"},\"date_time\":\"2026-11-30T10:00:00.000Z\","
                + "\"sender\":\"5511900000000@s.whatsapp.net\",\"apikey\":null}";
    }
}
