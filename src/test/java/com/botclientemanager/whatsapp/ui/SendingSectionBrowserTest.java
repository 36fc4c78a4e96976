package com.botclientemanager.whatsapp.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.botclientemanager.whatsapp.SendingSettings;
import com.botclientemanager.whatsapp.SendingSettingsService;
import com.botclientemanager.storage.Document;
import com.botclientemanager.storage.DocumentChange;
import com.botclientemanager.testing.Browser;
import com.botclientemanager.testing.BrowserAppTest;
import com.botclientemanager.storage.DocumentStore;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.EnumSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The sending hours on the WhatsApp page, on a phone: a refused window explained in Portuguese, a saved one kept. */
class SendingSectionBrowserTest extends BrowserAppTest {

    @Autowired
    SendingSettingsService sending;
    @Autowired
    DocumentStore store;

    @AfterEach
    void backToTheDefaults() {
        store.update(Document.SETTINGS, new DocumentChange("test", document -> {
            document.remove("sending");
            return document;
        }));
    }

    @Test
    void anEndBeforeTheStartIsExplainedAndAValidWindowIsKeptAfterAReload() {
        Page page = browser.newPage("pt-BR", 390);
        Browser.login(page, baseUrl(), ADMIN, PASSWORD);
        assertThat(page.locator("h2.page-title")).hasText("Painel");
        page.navigate(baseUrl() + "/whatsapp");
        assertThat(page.locator("#sending-section h3")).hasText("Horário de envio");
        assertThat(page.locator("vaadin-integer-field#sending-rate")).containsText("Até 3 por minuto é seguro");

        setTime(page, "sending-window-start", "10:00");
        setTime(page, "sending-window-end", "09:00");
        page.locator("#sending-save").click();
        assertThat(page.locator("vaadin-time-picker#sending-window-end"))
                .containsText("O horário de fim precisa ser depois do horário de início.");
        assertThat(sending.current()).as("nothing stored").isEqualTo(sending.defaults());

        setTime(page, "sending-window-end", "18:30");
        days(page).filter(new Locator.FilterOptions().setHasText("Domingo")).click();
        page.locator("vaadin-integer-field#sending-rate input").fill("2");
        page.locator("#sending-save").click();
        assertThat(page.locator("vaadin-notification-card")).containsText("Horário e ritmo de envio salvos");

        page.reload();
        assertThat(page.locator("vaadin-time-picker#sending-window-start input")).hasValue("10:00");
        assertThat(page.locator("vaadin-time-picker#sending-window-end input")).hasValue("18:30");
        assertThat(page.locator("vaadin-integer-field#sending-rate input")).hasValue("2");
        assertThat(days(page).first()).containsText("Domingo");
        assertThat(page.locator("vaadin-checkbox-group#sending-days vaadin-checkbox:not([checked])")).hasText("Domingo");
        assertThat(sending.current()).isEqualTo(new SendingSettings(LocalTime.of(10, 0), LocalTime.of(18, 30),
                EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.SATURDAY), 2, sending.defaults().dailyCap()));
        page.context().close();
    }

    private static Locator days(Page page) {
        return page.locator("vaadin-checkbox-group#sending-days vaadin-checkbox");
    }

    private static void setTime(Page page, String id, String time) {
        Locator input = page.locator("vaadin-time-picker#" + id + " input");
        input.fill(time);
        input.press("Enter");
    }
}
