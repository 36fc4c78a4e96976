package com.botclientemanager.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.botclientemanager.testing.Browser;
import com.botclientemanager.testing.BrowserAppTest;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** What a person sees, and what the log gets, when a click fails in a way no screen handles itself. */
@ExtendWith(OutputCaptureExtension.class)
class ErrorToastsBrowserTest extends BrowserAppTest {

    /** The machine may be busy with other builds: the page and the toast get time to come. */
    private static final Locator.WaitForOptions SLOW = new Locator.WaitForOptions().setTimeout(90_000);

    @Test
    void aBugInAClickListenerShowsATranslatedToastAndIsLoggedOnce(CapturedOutput output) {
        Page page = openThrowingPage();
        page.locator("#throw-bug").click();
        page.locator("vaadin-notification-card").waitFor(SLOW);
        assertThat(page.locator("vaadin-notification-card")).containsText("Algo deu errado e esta ação não foi concluída.");
        assertThat(page.locator("vaadin-notification-card")).not().containsText(ThrowingView.BUG_MARKER);
        assertThat(occurrences(output.getAll(), "IllegalStateException: " + ThrowingView.BUG_MARKER)).isEqualTo(1);
        page.context().close();
    }

    @Test
    void aStorageFailureShowsItsOwnMessageAndNeverTheAddressItCarries(CapturedOutput output) {
        Page page = openThrowingPage();
        page.locator("#throw-storage").click();
        page.locator("vaadin-notification-card").waitFor(SLOW);
        assertThat(page.locator("vaadin-notification-card")).containsText("Não foi possível salvar.");
        assertThat(page.locator("vaadin-notification-card")).not().containsText(ThrowingView.SECRET);
        assertThat(output.getAll()).contains("storage.error.write").doesNotContain(ThrowingView.SECRET);
        page.context().close();
    }

    private Page openThrowingPage() {
        Page page = browser.newPage("pt-BR", 390);
        Browser.login(page, baseUrl(), ADMIN, PASSWORD);
        page.locator("h2.page-title").waitFor(SLOW);
        page.navigate(baseUrl() + "/" + ThrowingView.ROUTE);
        page.locator("#throw-bug").waitFor(SLOW);
        return page;
    }

    private static int occurrences(String text, String what) {
        Matcher matcher = Pattern.compile(Pattern.quote(what)).matcher(text);
        int count = 0;
        while (matcher.find()) {
            count++;
        }
        return count;
    }
}
