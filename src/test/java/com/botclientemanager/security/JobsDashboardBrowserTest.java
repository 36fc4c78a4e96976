package com.botclientemanager.security;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.botclientemanager.testing.Browser;
import com.botclientemanager.testing.BrowserAppTest;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.WaitUntilState;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/**
 * JobRunr's dashboard in headless Chromium through the app's own port: the login comes first, then the page, its API
 * calls, its buttons (which post) and its live server-sent events all work under /jobs/.
 */
class JobsDashboardBrowserTest extends BrowserAppTest {

    @Test
    void theAdminOpensScheduledJobsWithTheAppsLoginAndTheDashboardWorksLive() {
        Page page = browser.newPage("pt-BR", 1280);
        List<String> failed = new CopyOnWriteArrayList<>();
        page.onResponse(response -> {
            if (response.url().contains("/jobs/") && response.status() >= 400) {
                failed.add(response.status() + " " + response.url());
            }
        });
        try {
            page.navigate(baseUrl() + "/jobs/");
            assertThat(page.locator("vaadin-login-form")).isVisible();
            page.locator("vaadin-login-form input[name='username']").fill(ADMIN);
            page.locator("vaadin-login-form input[name='password']").fill(PASSWORD);
            page.locator("vaadin-login-form vaadin-button[slot='submit']").click();

            page.waitForURL(baseUrl() + "/jobs/dashboard");
            assertThat(page.locator("body")).containsText("Nbr of servers");
            assertThat(page.locator("#jobs-btn")).isVisible();
            assertThat(page.locator("#recurring-jobs-btn")).isVisible();
            Object event = page.evaluate("() => new Promise((resolve, reject) => {"
                    + " const source = new EventSource('/jobs/sse/jobstats');"
                    + " source.onmessage = e => { source.close(); resolve(e.data); };"
                    + " setTimeout(() => { source.close(); reject(new Error('no event within 15 s')); }, 15000); })");
            assertThat((String) event).contains("\"enqueued\"");

            page.locator("#recurring-jobs-btn").click();
            page.waitForURL("**/jobs/dashboard/recurring-jobs");
            assertThat(page.locator("body")).containsText("Verificação dos lembretes do dia");
            assertThat(page.locator("body")).containsText("Limpeza do registro de mensagens");
            assertThat(page.locator("body")).not().containsText("com.botclientemanager");
            page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/jobs-dashboard.png")));
            Object triggered = page.evaluate("() => fetch('/jobs/api/recurring-jobs/reminder-sweep/trigger',"
                    + " {method: 'POST'}).then(r => r.status)");
            assertThat(((Number) triggered).intValue()).isBetween(200, 299);

            page.locator("#jobs-btn").click();
            page.waitForURL("**/jobs/dashboard/jobs**");
            assertThat(page.locator("body")).containsText("Enqueued jobs");
            assertThat(failed).isEmpty();
        } finally {
            page.context().close();
        }
    }

    @Test
    void theMenuLinkOpensTheDashboardOnTheAppsOwnAddress() {
        Page page = browser.newPage("pt-BR", 1280);
        try {
            Browser.login(page, baseUrl(), ADMIN, PASSWORD);
            assertThat(page.locator("a.jobs-link")).hasText("Tarefas agendadas");
            Page dashboard = page.context().waitForPage(() -> page.locator("a.jobs-link").click());
            // the address is what this test is about; the dashboard's own scripts may load slowly on a busy machine
            dashboard.waitForURL(baseUrl() + "/jobs/dashboard",
                    new Page.WaitForURLOptions().setWaitUntil(WaitUntilState.COMMIT).setTimeout(60_000));
            assertThat(dashboard.locator("#jobs-btn"))
                    .isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(60_000));
        } finally {
            page.context().close();
        }
    }
}
