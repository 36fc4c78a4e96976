package com.botclientemanager.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.botclientemanager.testing.Browser;
import com.botclientemanager.testing.BrowserAppTest;
import com.botclientemanager.whatsapp.MessagingService;
import com.botclientemanager.whatsapp.SendRequest;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every time on screen is in the app's zone (São Paulo here), whatever the server's zone (UTC on this machine): the
 * message log, the message's timeline and the last sync under Settings > Armazenamento show the same clock.
 */
class AppTimesBrowserTest extends BrowserAppTest {

    private static final ZoneId SAO_PAULO = ZoneId.of("America/Sao_Paulo");
    private static final Pattern HOUR_MINUTE = Pattern.compile("\\b(\\d{2}):(\\d{2})\\b");

    @Autowired
    MessagingService messaging;

    @Test
    void theMessageDetailAndTheLastSyncShowSaoPauloTimeLikeTheLog() {
        ZonedDateTime sent = ZonedDateTime.now(SAO_PAULO);
        messaging.send(SendRequest.text(null, "Zona Teste", "5511912340099", "test", "Olá, zona", null));

        Page page = browser.newPage("pt-BR", 1280);
        try {
            Browser.login(page, baseUrl(), ADMIN, PASSWORD);
            assertThat(page.locator("vaadin-side-nav")).containsText("Clientes");
            page.navigate(baseUrl() + "/messages");
            Locator row = page.locator("vaadin-grid#messages-grid vaadin-grid-cell-content").filter(
                    new Locator.FilterOptions().setHasText("Zona Teste")).first();
            assertThat(row).isVisible();
            row.click();
            Locator timeline = page.locator(".message-timeline");
            assertThat(timeline).isVisible();
            assertSaoPauloTime(timeline.innerText(), sent);

            page.navigate(baseUrl() + "/settings");
            ZonedDateTime tested = ZonedDateTime.now(SAO_PAULO);
            page.locator("vaadin-button#storage-test").click();
            // the field may already show an earlier sync (a write minutes ago): wait for the one of this click
            assertThat(page.locator("#storage-last-sync")).hasText(aroundTheMinuteOf(tested));
            assertSaoPauloTime(page.locator("#storage-last-sync").innerText(), tested);
        } finally {
            page.context().close();
        }
    }

    /** Text holding a time within a minute of {@code time} (HH:mm:ss). */
    private static Pattern aroundTheMinuteOf(ZonedDateTime time) {
        DateTimeFormatter hourMinute = DateTimeFormatter.ofPattern("HH:mm");
        return Pattern.compile("(" + time.minusMinutes(1).format(hourMinute) + "|" + time.format(hourMinute) + "|"
                + time.plusMinutes(1).format(hourMinute) + "):\\d{2}");
    }

    /** The hour shown is São Paulo's (within two minutes of {@code expected}), not UTC's. */
    private static void assertSaoPauloTime(String shown, ZonedDateTime expected) {
        Matcher matcher = HOUR_MINUTE.matcher(shown);
        assertThat(matcher.find()).as("a time in '%s'", shown).isTrue();
        int minutes = Integer.parseInt(matcher.group(1)) * 60 + Integer.parseInt(matcher.group(2));
        int wanted = expected.getHour() * 60 + expected.getMinute();
        int difference = Math.abs(minutes - wanted);
        assertThat(Math.min(difference, 24 * 60 - difference))
                .as("'%s' in São Paulo (%s), not UTC (%s)", shown, expected.format(DateTimeFormatter.ofPattern("HH:mm")),
                        expected.withZoneSameInstant(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("HH:mm")))
                .isLessThanOrEqualTo(2);
    }
}
