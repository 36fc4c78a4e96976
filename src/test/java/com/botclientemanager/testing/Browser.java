package com.botclientemanager.testing;

import com.microsoft.playwright.Browser.NewContextOptions;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;

/**
 * Headless Chromium (Debian's {@code /usr/bin/chromium}, or {@code CHROMIUM_PATH}) driven by Playwright. One browser per
 * test class; each {@link #newPage} is an isolated context (its own cookies), like a separate person.
 */
public final class Browser implements AutoCloseable {

    private final Playwright playwright;
    private final com.microsoft.playwright.Browser chromium;

    public Browser() {
        // 5 s is too short for a first page while CI runs other apps and browsers on 2 cores; a passing check still
        // returns as soon as it holds
        PlaywrightAssertions.setDefaultAssertionTimeout(15_000);
        playwright = Playwright.create();
        chromium = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(executable())
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync")));
    }

    private static Path executable() {
        String configured = System.getenv("CHROMIUM_PATH");
        Path path = Path.of(configured != null ? configured : "/usr/bin/chromium");
        if (!Files.isExecutable(path)) {
            throw new IllegalStateException("Chromium not found at " + path + ": install Debian's chromium (see .ci/run)");
        }
        return path;
    }

    /** A fresh browser context with the given language and viewport width. */
    public Page newPage(String locale, int width) {
        BrowserContext context = chromium.newContext(new NewContextOptions()
                .setLocale(locale).setViewportSize(width, width < 600 ? 844 : 900));
        Page page = context.newPage();
        page.setDefaultTimeout(20_000);
        return page;
    }

    /** The text of the QR code the page shows in {@code <img id=imageId>}, fetched in the page's session; null if none. */
    public static String qrText(Page page, String baseUrl, String imageId) {
        String src = page.locator("#" + imageId).getAttribute("src");
        byte[] png = page.context().request().get(URI.create(baseUrl + "/").resolve(src).toString()).body();
        try {
            var image = ImageIO.read(new ByteArrayInputStream(png));
            return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(
                    new BufferedImageLuminanceSource(image)))).getText();
        } catch (Exception notAQrCode) {
            return null;
        }
    }

    /** Fills in the login form and submits it; the caller asserts where it lands (the app, or an error). */
    public static void login(Page page, String baseUrl, String username, String password) {
        page.navigate(baseUrl + "/login");
        page.locator("vaadin-login-form input[name='username']").fill(username);
        page.locator("vaadin-login-form input[name='password']").fill(password);
        page.locator("vaadin-login-form vaadin-button[slot='submit']").click();
    }

    @Override
    public void close() {
        chromium.close();
        playwright.close();
    }
}
