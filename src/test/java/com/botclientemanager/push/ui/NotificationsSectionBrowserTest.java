package com.botclientemanager.push.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.botclientemanager.push.internal.BrowserSubscription;
import com.botclientemanager.push.internal.PushServiceStandIn;
import com.botclientemanager.testing.Browser;
import com.botclientemanager.testing.BrowserAppTest;
import com.microsoft.playwright.Page;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The installable app's files are served without a login (and nothing else is), and at phone width the Notificações
 * section turns a device on after the tap, sends a test notification to it and removes it. Headless Chromium has no
 * push service, so the page's {@code PushManager.subscribe} answers with a subscription whose endpoint is a stand-in
 * on 127.0.0.1 and whose keys the test holds; everything from the permission on is the app's own code.
 */
class NotificationsSectionBrowserTest extends BrowserAppTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void theManifestServiceWorkerIconsAndOfflinePageAreServedWithoutALogin() throws Exception {
        HttpResponse<String> manifest = get("/manifest.webmanifest");
        assertThat(manifest.statusCode()).isEqualTo(200);
        JsonNode json = JSON.readTree(manifest.body());
        assertThat(json.path("name").asString()).isEqualTo("Bot Cliente Manager");
        assertThat(json.path("short_name").asString()).isEqualTo("Cobranças");
        List<String> sizes = json.path("icons").valueStream().map(icon -> icon.path("sizes").asString()).toList();
        assertThat(sizes).contains("192x192", "512x512");
        String icon = json.path("icons").valueStream().filter(i -> i.path("sizes").asString().equals("512x512"))
                .findFirst().orElseThrow().path("src").asString();
        HttpResponse<String> iconResponse = get("/" + icon.replaceFirst("^/", ""));
        assertThat(iconResponse.statusCode()).isEqualTo(200);
        assertThat(iconResponse.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("png"));

        HttpResponse<String> worker = get("/sw.js");
        assertThat(worker.statusCode()).isEqualTo(200);
        assertThat(worker.body()).contains("notificationclick").contains("navigate");
        HttpResponse<String> offline = get("/offline.html");
        assertThat(offline.statusCode()).isEqualTo(200);
        assertThat(offline.body()).contains("Não foi possível falar com o servidor").contains("Could not reach the server");

        assertThat(get("/settings").statusCode()).as("pages still need the login").isIn(302, 401, 403);
    }

    @Test
    void atPhoneWidthADeviceIsTurnedOnGetsATestNotificationAndIsRemoved() throws Exception {
        BrowserSubscription keys = new BrowserSubscription();
        try (PushServiceStandIn pushService = new PushServiceStandIn()) {
            Page page = browser.newPage("pt-BR", 390);
            page.context().grantPermissions(List.of("notifications"));
            page.context().addInitScript("""
                    (() => {
                      const fake = { endpoint: '%s/push/device-1',
                        toJSON() { return { endpoint: this.endpoint, keys: { p256dh: '%s', auth: '%s' } }; } };
                      PushManager.prototype.getSubscription = async () => null;
                      PushManager.prototype.subscribe = async (options) => {
                        window.__pushOptions = options; return fake; };
                    })();""".formatted(pushService.origin(), keys.p256dh(), keys.authSecret()));
            Browser.login(page, baseUrl(), ADMIN, PASSWORD);
            assertThat(page.locator("h2.page-title")).hasText("Painel");
            page.navigate(baseUrl() + "/settings");

            assertThat(page.locator("#notifications-section h3")).hasText("Notificações");
            assertThat(page.locator("#push-devices")).containsText("Nenhum aparelho ainda");
            assertThat(page.locator("#push-unsupported")).isHidden();
            page.locator("#push-enable").click();
            assertThat(page.locator("#push-devices .push-device")).hasCount(1);
            assertThat(page.locator("#push-devices .push-device")).containsText("Chrome");
            assertThat(page.locator("#push-devices .push-device")).containsText("ainda nenhuma");
            assertThat((Boolean) page.evaluate("window.__pushOptions.userVisibleOnly")).isTrue();
            int width = ((Number) page.evaluate("document.documentElement.scrollWidth")).intValue();
            assertThat(width).as("no sideways scrolling at 390 px").isLessThanOrEqualTo(390);

            page.locator("#push-test").click();
            PushServiceStandIn.Received request = pushService.received.poll(15, TimeUnit.SECONDS);
            assertThat(request).as("the test notification reached the push service").isNotNull();
            assertThat(request.path()).isEqualTo("/push/device-1");
            JsonNode payload = JSON.readTree(keys.decrypt(request.body()));
            assertThat(payload.path("title").asString()).isEqualTo("Teste de notificação");

            page.locator("#push-devices .push-device vaadin-button").click();
            assertThat(page.locator("#push-devices")).containsText("Nenhum aparelho ainda");
            page.context().close();
        }
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(baseUrl() + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
