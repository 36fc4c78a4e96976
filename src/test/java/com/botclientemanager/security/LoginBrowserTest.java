package com.botclientemanager.security;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.botclientemanager.testing.Browser;
import com.botclientemanager.testing.BrowserAppTest;
import com.microsoft.playwright.Page;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The login page in a real headless Chromium: redirect, errors, the shell, logout and throttling. */
class LoginBrowserTest extends BrowserAppTest {

    @Test
    void anonymousVisitorLandsOnTheLoginPageInPortuguese() {
        Page page = browser.newPage("pt-BR", 1280);
        page.navigate(baseUrl() + "/");
        assertThat(page).hasURL(Pattern.compile(".*/login$"));
        assertThat(page.locator("vaadin-login-form")).containsText("Entrar");
        page.context().close();
    }

    @Test
    void wrongPasswordShowsAnError() {
        Page page = browser.newPage("en-US", 1280);
        Browser.login(page, baseUrl(), ADMIN, "not-the-password");
        assertThat(page).hasURL(Pattern.compile(".*/login\\?error$"));
        assertThat(page.locator("vaadin-login-form")).containsText("Incorrect username or password");
        page.context().close();
    }

    @Test
    void adminLogsInSeesTheShellAndLogsOut() {
        Page page = browser.newPage("pt-BR", 1280);
        Browser.login(page, baseUrl(), ADMIN, PASSWORD);
        assertThat(page.locator("vaadin-side-nav")).containsText("Clientes");
        assertThat(page.locator("h2.page-title")).hasText("Painel");

        page.locator("vaadin-side-nav-item[path='clients']").click();
        assertThat(page).hasURL(Pattern.compile(".*/clients$"));
        assertThat(page.locator("h2.page-title")).hasText("Clientes");

        page.locator("#logout").click();
        assertThat(page).hasURL(Pattern.compile(".*/login$"));
        page.navigate(baseUrl() + "/clients");
        assertThat(page).hasURL(Pattern.compile(".*/login$"));
        page.context().close();
    }

    @Test
    void loginGivesANewSessionId() {
        Page page = browser.newPage("en-US", 1280);
        page.navigate(baseUrl() + "/login");
        page.locator("vaadin-login-form").waitFor();
        String before = sessionCookie(page);
        Browser.login(page, baseUrl(), ADMIN, PASSWORD);
        assertThat(page.locator("vaadin-side-nav")).containsText("Clients");
        assertThat(sessionCookie(page)).isNotEqualTo(before);
        page.context().close();
    }

    @Test
    void phoneWidthCollapsesTheDrawer() {
        Page page = browser.newPage("en-US", 390);
        Browser.login(page, baseUrl(), ADMIN, PASSWORD);
        assertThat(page.locator("vaadin-drawer-toggle")).isVisible();
        assertThat(page.locator("vaadin-app-layout")).hasAttribute("overlay", "");
        assertThat(page.locator("vaadin-side-nav")).not().isInViewport();
        page.locator("vaadin-drawer-toggle").click();
        assertThat(page.locator("vaadin-side-nav")).isInViewport();
        page.context().close();
    }

    @Test
    void sixthFailedLoginFromOneAddressIsRefusedEvenWithTheRightPassword() {
        Page page = browser.newPage("pt-BR", 1280);
        for (int attempt = 1; attempt <= 5; attempt++) {
            Browser.login(page, baseUrl(), ADMIN, "wrong-" + attempt);
            assertThat(page).hasURL(Pattern.compile(".*/login\\?error$"));
        }
        Browser.login(page, baseUrl(), ADMIN, PASSWORD);
        assertThat(page).hasURL(Pattern.compile(".*/login\\?blocked$"));
        assertThat(page.locator("vaadin-login-form")).containsText("Muitas tentativas");
        page.context().close();
    }

    private static String sessionCookie(Page page) {
        return page.context().cookies().stream().filter(c -> c.name.equals("JSESSIONID")).findFirst()
                .map(c -> c.value).orElse("");
    }
}
