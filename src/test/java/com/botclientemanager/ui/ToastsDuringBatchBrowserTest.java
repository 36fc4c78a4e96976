package com.botclientemanager.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.botclientemanager.clients.Client;
import com.botclientemanager.clients.ClientDirectory;
import com.botclientemanager.reminders.internal.ReminderSweep;
import com.botclientemanager.testing.Browser;
import com.botclientemanager.testing.BrowserAppTest;
import com.botclientemanager.whatsapp.MessageFilter;
import com.botclientemanager.whatsapp.MessageLog;
import com.botclientemanager.whatsapp.MessageStatus;
import com.botclientemanager.whatsapp.SendingSettings;
import com.botclientemanager.whatsapp.SendingSettingsService;
import java.time.DayOfWeek;
import java.util.EnumSet;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * While a batch of reminders goes out in test mode (one simulated send every 1.5 s), a reseller opens the client form
 * and clicks Salvar and Cancelar again and again, on a desktop and on a phone: no toast lies over the dialog's buttons
 * or the bottom of a phone's screen, every click lands, and the sends show up on the bell in the top bar instead. The
 * dashboard's status line says how many reminders are queued and about when they finish.
 */
class ToastsDuringBatchBrowserTest extends BrowserAppTest {

    private static final ZoneId ZONE = ZoneId.of("America/Sao_Paulo");
    private static final int CLIENTS = 14;
    /** Bottom strip of a phone's screen where the bottom bar and a full-screen dialog's buttons sit. */
    private static final int PHONE_BOTTOM_BAR = 120;

    @Autowired
    ClientDirectory clients;
    @Autowired
    ReminderSweep sweep;
    @Autowired
    MessageLog log;
    @Autowired
    SendingSettingsService sending;

    /** The app is shared with the other browser tests: the sending hours go back to the ones nobody saved. */
    @AfterEach
    void restoreSendingSettings() {
        sending.save(sending.defaults());
    }

    @ParameterizedTest
    @ValueSource(ints = {1280, 390})
    void duringABatchNoToastCoversTheDialogButtonsAndEveryClickLands(int width) {
        Page page = browser.newPage("pt-BR", width);
        try {
            Browser.login(page, baseUrl(), ADMIN, PASSWORD);
            assertThat(page.locator("vaadin-side-nav")).containsText("Clientes");
            page.navigate(baseUrl() + "/clients");
            assertThat(page.locator("#new-client")).isVisible();

            long before = simulated();
            startBatch(width);
            page.navigate(baseUrl() + "/");
            assertThat(page.locator("#status-queue")).containsText("lembretes na fila, terminam por volta de");
            page.navigate(baseUrl() + "/clients");
            for (int round = 0; round < 6; round++) {
                page.locator("#new-client").click(new Locator.ClickOptions().setTimeout(3000));
                Locator save = page.locator("#client-save");
                Locator cancel = page.locator("#client-cancel");
                assertThat(save).isVisible();
                for (int click = 0; click < 3; click++) {
                    page.waitForTimeout(700);
                    assertNothingCovers(page, List.of(save, cancel), width);
                    save.click(new Locator.ClickOptions().setTimeout(3000));
                    assertThat(page.locator("vaadin-text-field#client-name")).hasAttribute("invalid", "");
                }
                assertNothingCovers(page, List.of(save, cancel), width);
                cancel.click(new Locator.ClickOptions().setTimeout(3000));
                assertThat(page.locator("#client-save")).hasCount(0);
            }
            assertThat(simulated() - before).as("reminders went out while the dialog was used").isGreaterThanOrEqualTo(5);
            assertThat(page.locator("vaadin-notification-card")).hasCount(0);
            assertThat(page.locator("#message-bell-count")).isVisible();
            assertThat(page.locator("#message-bell-count")).not().hasText("0");

            // the rest of the batch goes out first: a send after the click would count again, rightly
            page.waitForCondition(() -> simulated() - before >= CLIENTS,
                    new Page.WaitForConditionOptions().setTimeout(90_000));
            page.locator("#message-bell").click();
            assertThat(page.locator("h2.page-title")).hasText("Mensagens enviadas");
            assertThat(page.locator("#message-bell-count")).isHidden();
        } finally {
            page.context().close();
        }
    }

    private void startBatch(int width) {
        sending.save(new SendingSettings(LocalTime.MIDNIGHT, LocalTime.of(23, 59), EnumSet.allOf(DayOfWeek.class), 40, 300));
        LocalDate today = LocalDate.now(ZONE);
        for (int i = 0; i < CLIENTS; i++) {
            clients.save(new Client("batch-" + width + "-" + i, "Cliente " + width + " " + i,
                    "55119876500" + String.format("%02d", i), "IPTV", new BigDecimal("35.00"), today, LocalTime.MIDNIGHT,
                    LocalTime.MIDNIGHT, "", "", LocalDateTime.of(2026, 1, 1, 10, 0), "Mensal", null, true, true, null,
                    false));
        }
        sweep.sweep();
    }

    private long simulated() {
        return log.find(MessageFilter.all(), 0, 1000).stream().filter(m -> m.status() == MessageStatus.SIMULATED).count();
    }

    /** No toast card intersects a button, and on a phone none sits in the bottom strip. */
    @SuppressWarnings("unchecked")
    private static void assertNothingCovers(Page page, List<Locator> buttons, int width) {
        List<Map<String, Object>> cards = (List<Map<String, Object>>) page.evaluate("""
                () => [...document.querySelectorAll('vaadin-notification-card')].map(c => {
                  const r = c.getBoundingClientRect();
                  return {x: r.x, y: r.y, w: r.width, h: r.height, text: c.innerText};
                }).filter(r => r.w > 0 && r.h > 0)""");
        int viewportHeight = page.viewportSize().height;
        for (Map<String, Object> card : cards) {
            double x = num(card.get("x")), y = num(card.get("y")), w = num(card.get("w")), h = num(card.get("h"));
            for (Locator button : buttons) {
                var box = button.boundingBox();
                boolean overlaps = box != null && x < box.x + box.width && box.x < x + w && y < box.y + box.height
                        && box.y < y + h;
                assertThat(overlaps).as("toast '%s' over a dialog button at %d px", card.get("text"), width).isFalse();
            }
            if (width < 600) {
                assertThat(y + h).as("toast '%s' over the phone's bottom bar", card.get("text"))
                        .isLessThanOrEqualTo(viewportHeight - PHONE_BOTTOM_BAR);
            }
        }
    }

    private static double num(Object value) {
        return ((Number) value).doubleValue();
    }
}
