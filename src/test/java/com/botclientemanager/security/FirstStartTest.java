package com.botclientemanager.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.botclientemanager.App;
import com.botclientemanager.testing.RunningAppTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/** The app starts on an empty data dir, generates the admin password once, and keeps only its hash. */
@ExtendWith(OutputCaptureExtension.class)
class FirstStartTest {

    private static final Pattern BANNER_PASSWORD = Pattern.compile("Password: (\\S+)");

    @TempDir
    Path dataDir;

    @Test
    void generatesThePasswordOnceAndStoresOnlyItsHash(CapturedOutput output) throws Exception {
        String generated;
        try (ConfigurableApplicationContext app = start()) {
            Matcher banner = BANNER_PASSWORD.matcher(output.getAll());
            assertThat(banner.find()).as("banner with the generated password").isTrue();
            generated = banner.group(1);
            assertThat(generated).hasSizeGreaterThanOrEqualTo(20);
        }
        Path hashFile = dataDir.resolve("security").resolve(AdminAccount.HASH_FILE);
        String hash = Files.readString(hashFile).strip();
        assertThat(new BCryptPasswordEncoder().matches(generated, hash)).isTrue();
        assertThat(Files.readString(hashFile)).doesNotContain(generated);
        assertThat(dataDir.resolve("db")).isDirectory();

        int bannersBefore = count(output.getAll(), "FIRST START");
        try (ConfigurableApplicationContext app = start()) {
            assertThat(app.getBean(AdminAccount.class).matches(generated)).isTrue();
        }
        assertThat(count(output.getAll(), "FIRST START")).isEqualTo(bannersBefore);
        assertThat(output.getAll().split(Pattern.quote(generated), -1)).hasSize(2);
    }

    private ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(App.class).run(
                "--server.port=0",
                "--app.data-dir=" + dataDir,
                "--jobrunr.dashboard.port=" + RunningAppTest.freePort());
    }

    private static int count(String text, String needle) {
        return text.split(Pattern.quote(needle), -1).length - 1;
    }
}
