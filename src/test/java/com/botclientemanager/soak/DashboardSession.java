package com.botclientemanager.soak;

import com.botclientemanager.testing.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.WaitForSelectorState;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The reseller watching the batch: headless Chromium logged in as the admin on the dashboard, which the app keeps up to
 * date by push. {@link #glance} opens it again now and then, like a person checking their phone.
 */
final class DashboardSession implements AutoCloseable {

    /** Logged in: the shell is on the page (on a phone its navigation sits in the closed drawer, so not visible). */
    private static final Locator.WaitForOptions SHELL_LOADED =
            new Locator.WaitForOptions().setState(WaitForSelectorState.ATTACHED);

    private final Browser browser = new Browser();
    private final String baseUrl;
    private final Page page;
    private final List<String> errors = new CopyOnWriteArrayList<>();

    DashboardSession(String baseUrl, String username, String password) {
        this.baseUrl = baseUrl;
        this.page = browser.newPage("pt-BR", 1280);
        page.onPageError(errors::add);
        page.onConsoleMessage(message -> {
            if ("error".equals(message.type())) {
                errors.add(message.text());
            }
        });
        Browser.login(page, baseUrl, username, password);
        page.locator("vaadin-side-nav").waitFor(SHELL_LOADED);
        page.locator("#card-messages-sent .stat-card__value").waitFor();
        // the first reopening is the costly one (the browser compiles the page's code): do it during the warm-up
        glance();
    }

    /** Opens the dashboard again and waits until its cards show (20 s at most, or it throws). */
    void glance() {
        page.navigate(baseUrl + "/");
        page.locator("#card-messages-sent .stat-card__value").waitFor();
    }

    /** Waits until a card shows this number (the page updates by itself); false when it did not in time. */
    boolean awaitCard(String id, int expected, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (card(id) == expected) {
                return true;
            }
            page.waitForTimeout(500);
        }
        return false;
    }

    /** The number a card shows, e.g. {@code card-messages-sent}; -1 when it shows none. */
    int card(String id) {
        String digits = page.locator("#" + id + " .stat-card__value").textContent().replaceAll("\\D", "");
        return digits.isEmpty() ? -1 : Integer.parseInt(digits);
    }

    /** Uncaught script errors and console errors seen so far. */
    List<String> errors() {
        return List.copyOf(errors);
    }

    @Override
    public void close() {
        browser.close();
    }
}
