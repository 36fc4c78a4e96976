package com.botclientemanager.dashboard.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.botclientemanager.clients.Client;
import com.botclientemanager.clients.ClientDirectory;
import com.botclientemanager.testing.Browser;
import com.botclientemanager.testing.BrowserAppTest;
import com.botclientemanager.whatsapp.MessageFilter;
import com.botclientemanager.whatsapp.MessageLog;
import com.botclientemanager.whatsapp.MessageLogLinks;
import com.botclientemanager.whatsapp.MessagingService;
import com.botclientemanager.whatsapp.SendRequest;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.WaitForSelectorState;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * In Chromium: the "failed today" card opens the message log filtered to today's failed messages, with the filters
 * shown and clearable; nonsense parameters are ignored; the status line shows the WhatsApp state and follows the next
 * reminder live.
 */
class DashboardLinksBrowserTest extends BrowserAppTest {

    /** Logged in: the shell is on the page (on a phone its navigation sits in the closed drawer, so not visible). */
    private static final Locator.WaitForOptions SHELL_LOADED =
            new Locator.WaitForOptions().setState(WaitForSelectorState.ATTACHED);

    @Autowired
    MessagingService messaging;
    @Autowired
    MessageLog log;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ClientDirectory clients;

    @Test
    void theFailedTodayCardOpensTodaysFailedMessagesOnly() {
        messaging.send(SendRequest.text(null, "Falha Hoje Painel", "not-a-phone", "manual", "oi", null));
        messaging.send(SendRequest.text(null, "Enviada Hoje Painel", "5511912340001", "manual", "oi", null));
        Instant yesterday = Instant.now().minus(Duration.ofDays(1));
        jdbc.sql("INSERT INTO wa_message (client_name, phone, kind, body, provider, status, attempts, created_at, "
                        + "updated_at) VALUES ('Falha Ontem Painel', '123', 'manual', 'oi', 'OUTBOX', 'FAILED', 1, ?, ?)")
                .params(yesterday.atOffset(ZoneOffset.UTC), yesterday.atOffset(ZoneOffset.UTC)).update();
        int failedToday = countToday(MessageLogLinks.FAILED);

        Page page = dashboardAtDesktopWidth();
        try {
            assertThat(page.locator("#card-messages-failed .stat-card__value")).hasText(String.valueOf(failedToday));

            page.locator("#card-messages-failed").click();
            page.waitForURL(url -> url.contains("/messages?") && url.contains("status=failed")
                    && url.contains("day=today"));
            assertThat(page.locator("vaadin-grid#messages-grid")).containsText("Falha Hoje Painel");
            assertThat(page.locator("vaadin-grid#messages-grid")).not().containsText("Enviada Hoje Painel");
            assertThat(page.locator("vaadin-grid#messages-grid")).not().containsText("Falha Ontem Painel");
            assertThat(page.locator("vaadin-grid#messages-grid .message-status.status-failed")).hasCount(failedToday);
            assertThat(page.locator("vaadin-grid#messages-grid .message-status:not(.status-failed)")).hasCount(0);
            assertThat(page.locator("#filter-status")).containsText("falhou");
            assertThat(page.locator("#filter-from input")).not().hasValue("");
            assertThat(page.locator("#filter-to input")).not().hasValue("");

            page.locator("#filter-clear").click();
            assertThat(page.locator("#filter-clear")).isHidden();
            // other tests of the shared app log messages too: narrow to this test's ones, newest first
            page.locator("#filter-client input").fill("Painel");
            assertThat(page.locator("vaadin-grid#messages-grid")).containsText("Falha Ontem Painel");
            assertThat(page.locator("vaadin-grid#messages-grid")).containsText("Enviada Hoje Painel");
            assertThat(page.locator("#filter-from input")).hasValue("");

            page.navigate(baseUrl() + "/messages?status=%3Cscript%3E&day=ontem");
            page.locator("#filter-client input").fill("Painel");
            assertThat(page.locator("vaadin-grid#messages-grid")).containsText("Falha Ontem Painel");
            assertThat(page.locator("vaadin-grid#messages-grid")).containsText("Enviada Hoje Painel");
        } finally {
            page.context().close();
        }
    }

    @Test
    void theSentTodayCardLeavesTestModesSimulatedMessagesApart() {
        messaging.send(SendRequest.text(null, "Simulada Hoje Painel", "5511912340002", "manual", "oi", null));
        int sentToday = countToday(MessageLogLinks.SENT);

        Page page = dashboardAtDesktopWidth();
        try {
            assertThat(page.locator("#card-messages-sent .stat-card__value")).hasText(String.valueOf(sentToday));
            assertThat(page.locator("#card-messages-sent .stat-card__detail")).containsText("(modo de teste)");

            page.locator("#card-messages-sent").click();
            page.waitForURL(url -> url.contains("/messages?") && url.contains("status=sent"));
            assertThat(page.locator("vaadin-grid#messages-grid")).not().containsText("Simulada Hoje Painel");
            // the filter says which statuses it shows, by name, not as a bare count
            for (String status : List.of("enviada", "entregue", "lida")) {
                assertThat(page.locator("#filter-status vaadin-multi-select-combo-box-chip")
                        .filter(new Locator.FilterOptions().setHasText(status)).first()).isVisible();
            }
        } finally {
            page.context().close();
        }
    }

    @Test
    void theStatusLineShowsWhatsAppAndFollowsTheNextReminderLive() {
        Page page = browser.newPage("pt-BR", 390);
        try {
            Browser.login(page, baseUrl(), ADMIN, PASSWORD);
            // on a phone the menu sits in the closed drawer: there but hidden
            page.locator("vaadin-side-nav").waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.ATTACHED));
            page.navigate(baseUrl() + "/");
            assertThat(page.locator("#status-whatsapp")).hasText("WhatsApp em modo de teste");
            assertThat(page.locator("#status-next-reminder")).not().containsText("0 Próxima Painel");

            clients.save(soonestReminder());

            assertThat(page.locator("#status-next-reminder")).containsText("0 Próxima Painel");
            assertThat(page.locator("#status-next-reminder")).containsText("Próximo lembrete");
        } finally {
            clients.delete("next-reminder-client");
            page.context().close();
        }
    }

    /**
     * A client whose due-day reminder is the earliest the rules can plan: a few minutes from now within the sending
     * hours (08:00–21:00 in São Paulo), else at 08:00, where its name sorts first.
     */
    private static Client soonestReminder() {
        ZonedDateTime now = ZonedDateTime.now(java.time.ZoneId.of("America/Sao_Paulo")).truncatedTo(ChronoUnit.MINUTES);
        ZonedDateTime soon = now.plusMinutes(5);
        LocalTime time = soon.toLocalTime();
        LocalDate due = soon.toLocalDate();
        if (time.isBefore(LocalTime.of(8, 0)) && due.equals(now.toLocalDate())) {
            time = LocalTime.of(8, 0);
        } else if (time.isAfter(LocalTime.of(20, 59)) || !due.equals(now.toLocalDate())) {
            time = LocalTime.of(8, 0);
            due = now.toLocalDate().plusDays(1);
        }
        return new Client("next-reminder-client", "0 Próxima Painel", "5511912340002", "IPTV", new BigDecimal("30.00"), due,
                null, time, "", "", LocalDateTime.of(2026, 1, 1, 10, 0), null, null, true, true, null, false);
    }

    /** Today's messages behind a dashboard link's {@code status} value, counted the way the message log counts them. */
    private int countToday(String status) {
        LocalDate today = log.today();
        return log.count(new MessageFilter(MessageLogLinks.statuses(status), today, today, null, null, log.zone()));
    }

    private Page dashboardAtDesktopWidth() {
        Page page = browser.newPage("pt-BR", 1280);
        try {
            Browser.login(page, baseUrl(), ADMIN, PASSWORD);
            page.locator("vaadin-side-nav").waitFor(SHELL_LOADED);
            page.navigate(baseUrl() + "/");
            return page;
        } catch (RuntimeException | Error e) {
            page.context().close();
            throw e;
        }
    }
}
