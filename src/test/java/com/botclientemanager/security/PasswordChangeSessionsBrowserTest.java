package com.botclientemanager.security;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.botclientemanager.App;
import com.botclientemanager.testing.Browser;
import com.botclientemanager.testing.RunningAppTest;
import com.microsoft.playwright.Page;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * The admin is logged in on two browsers and changes the password on one: the other is logged out at its next page,
 * the one that changed it stays in. The password is the stored one (not configured), so it can be changed.
 */
class PasswordChangeSessionsBrowserTest {

    private static final String OLD = "old-horse-battery-staple";
    private static final String NEW = "new-horse-battery-staple-2";

    @TempDir
    Path dataDir;

    @Test
    void changingThePasswordEndsEveryOtherSessionButThisOne() throws Exception {
        Path security = Files.createDirectories(dataDir.resolve("security"));
        Files.writeString(security.resolve(AdminAccount.HASH_FILE), new BCryptPasswordEncoder().encode(OLD));
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(App.class).run("--server.port=0",
                "--app.data-dir=" + dataDir, "--jobrunr.dashboard.port=" + RunningAppTest.freePort());
                Browser browser = new Browser()) {
            String base = "http://localhost:" + ((WebServerApplicationContext) app).getWebServer().getPort();
            Page phone = browser.newPage("pt-BR", 390);
            Page desktop = browser.newPage("pt-BR", 1280);
            Browser.login(phone, base, RunningAppTest.ADMIN, OLD);
            assertThat(phone.locator("vaadin-side-nav")).containsText("Clientes");
            Browser.login(desktop, base, RunningAppTest.ADMIN, OLD);
            assertThat(desktop.locator("vaadin-side-nav")).containsText("Clientes");

            desktop.navigate(base + "/settings");
            desktop.locator("vaadin-password-field#password-current input").fill(OLD);
            desktop.locator("vaadin-password-field#password-new input").fill(NEW);
            desktop.locator("vaadin-password-field#password-confirm input").fill(NEW);
            desktop.locator("#password-save").click();
            assertThat(desktop.locator("vaadin-notification-card")).containsText("Senha alterada");

            phone.navigate(base + "/clients");
            assertThat(phone.locator("vaadin-login-form")).isVisible();

            desktop.navigate(base + "/clients");
            assertThat(desktop.locator("#new-client")).isVisible();

            Browser.login(phone, base, RunningAppTest.ADMIN, NEW);
            assertThat(phone.locator("vaadin-side-nav")).containsText("Clientes");
        }
    }
}
