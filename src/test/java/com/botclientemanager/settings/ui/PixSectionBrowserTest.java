package com.botclientemanager.settings.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.botclientemanager.testing.Browser;
import com.botclientemanager.testing.BrowserAppTest;
import com.microsoft.playwright.Page;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The PIX section of the settings: key validation in plain words, then the sample code and its QR. */
class PixSectionBrowserTest extends BrowserAppTest {

    @Test
    void aWrongKeyIsExplainedAndAValidOneShowsTheSampleCode() {
        Page page = browser.newPage("pt-BR", 390);
        Browser.login(page, baseUrl(), ADMIN, PASSWORD);
        assertThat(page.locator("h2.page-title")).hasText("Painel");
        page.navigate(baseUrl() + "/settings");
        page.locator("vaadin-text-field#pix-key input").fill("529.982.247-24");
        page.locator("vaadin-text-field#pix-name input").fill("Zé da TV");
        page.locator("vaadin-text-field#pix-city input").fill("São Paulo");
        page.locator("#pix-save").click();
        assertThat(page.locator("vaadin-text-field#pix-key")).containsText("CPF inválido");

        page.locator("vaadin-text-field#pix-key input").fill("529.982.247-25");
        page.locator("#pix-save").click();
        assertThat(page.locator("vaadin-text-field#pix-key input")).hasValue("52998224725");
        assertThat(page.locator("#pix-qr")).isVisible();
        assertThat(page.locator("vaadin-text-area#pix-code textarea")).hasValue(Pattern.compile(
                "^00020126330014br\\.gov\\.bcb\\.pix011152998224725520400005303986540535\\.005802BR5908ZE DA TV"
                        + "6009SAO PAULO62070503\\*\\*\\*6304[0-9A-F]{4}$"));
        page.context().close();
    }
}
