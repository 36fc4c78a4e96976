package com.botclientemanager.dashboard.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.botclientemanager.testing.Browser;
import com.botclientemanager.testing.BrowserAppTest;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.WaitForSelectorState;
import com.microsoft.playwright.options.ColorScheme;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The dashboard's cards and its four charts really draw (canvases with painted pixels), light and dark, desktop and phone. */
class DashboardBrowserTest extends BrowserAppTest {

    /** Logged in: the shell is on the page (on a phone its navigation sits in the closed drawer, so not visible). */
    private static final Locator.WaitForOptions SHELL_LOADED =
            new Locator.WaitForOptions().setState(WaitForSelectorState.ATTACHED);

    private static final String PAINTED_PIXELS = """
            () => Array.from(document.querySelectorAll('bcm-chart')).map(chart => {
              const canvas = chart.shadowRoot.querySelector('canvas');
              const data = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
              let painted = 0;
              for (let i = 3; i < data.length; i += 4) { if (data[i] > 0) painted++; }
              return painted;
            })""";

    @ParameterizedTest
    @CsvSource({"pt-BR,1280,light", "en-US,390,dark"})
    void cardsAndEveryChartDrawWithoutConsoleErrors(String locale, int width, String theme) {
        Page page = browser.newPage(locale, width);
        List<String> errors = new ArrayList<>();
        page.onConsoleMessage(message -> {
            if ("error".equals(message.type())) {
                errors.add(message.text());
            }
        });
        page.onPageError(errors::add);
        Browser.login(page, baseUrl(), ADMIN, PASSWORD);
        page.locator("vaadin-side-nav").waitFor(SHELL_LOADED);
        page.evaluate("theme => localStorage.setItem('bcm-theme', theme)", theme);
        page.navigate(baseUrl() + "/");
        page.locator("#card-overdue").waitFor();
        page.waitForFunction("() => document.querySelectorAll('bcm-chart').length === 4");
        page.waitForTimeout(500);

        @SuppressWarnings("unchecked")
        List<Number> painted = (List<Number>) page.evaluate(PAINTED_PIXELS);
        assertThat(painted).hasSize(4).allSatisfy(pixels -> assertThat(pixels.intValue()).isGreaterThan(500));
        assertThat(page.evaluate("() => document.documentElement.getAttribute('theme')"))
                .isEqualTo("dark".equals(theme) ? "dark" : null);
        assertThat(errors).isEmpty();
        page.context().close();
    }

    @Test
    void aPhoneInDarkModeGetsTheDarkThemeUntilTheUserPicksOne() {
        Page page = browser.newPage("pt-BR", 390);
        page.emulateMedia(new Page.EmulateMediaOptions().setColorScheme(ColorScheme.DARK));
        Browser.login(page, baseUrl(), ADMIN, PASSWORD);
        page.locator("vaadin-side-nav").waitFor(SHELL_LOADED);
        assertThat(page.evaluate("() => localStorage.getItem('bcm-theme')")).isNull();
        assertThat(page.evaluate("() => document.documentElement.getAttribute('theme')")).isEqualTo("dark");

        page.evaluate("() => localStorage.setItem('bcm-theme', 'light')");
        page.navigate(baseUrl() + "/");
        page.locator("#card-overdue").waitFor();
        assertThat(page.evaluate("() => document.documentElement.getAttribute('theme')")).isNull();
        page.context().close();
    }
}
