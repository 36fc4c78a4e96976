package com.botclientemanager.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.botclientemanager.storage.DataDirectory;
import com.botclientemanager.storage.StorageProperties;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

class AdminAccountTest {

    private static final BCryptPasswordEncoder ENCODER = new BCryptPasswordEncoder(4);

    @TempDir
    Path dataDir;

    private DataDirectory directory;

    /** A (re)start of the app: the previous instance releases the data folder's lock first. */
    private AdminAccount account(String configuredPassword) throws Exception {
        releaseLock();
        var storage = new StorageProperties(dataDir, new StorageProperties.Storage(StorageProperties.Type.LOCAL));
        directory = new DataDirectory(storage);
        return new AdminAccount(new SecurityProperties("admin", configuredPassword), ENCODER, directory,
                new CommonPasswords());
    }

    @AfterEach
    void releaseLock() throws Exception {
        if (directory != null) {
            directory.close();
            directory = null;
        }
    }

    private Path hashFile() {
        return dataDir.resolve("security").resolve(AdminAccount.HASH_FILE);
    }

    @Test
    void aConfiguredPasswordIsNeverWrittenToDisk() throws Exception {
        AdminAccount admin = account("my-configured-secret-1");
        assertThat(admin.matches("my-configured-secret-1")).isTrue();
        assertThat(hashFile()).doesNotExist();
        try (var files = Files.walk(dataDir)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                assertThat(Files.readString(file)).doesNotContain("my-configured-secret-1");
            }
        }
        assertThat(admin.passwordChangeable()).isFalse();
        assertThatThrownBy(() -> admin.changePassword("my-configured-secret-1", "another-long-password"))
                .isInstanceOf(PasswordChangeException.class).hasMessage("password.error.configured");
    }

    @Test
    void withoutConfigurationTheStoredHashIsReusedOnTheNextStart() throws Exception {
        account(null);
        String hash = Files.readString(hashFile()).strip();
        assertThat(hash).startsWith("$2");
        account("");
        assertThat(Files.readString(hashFile()).strip()).isEqualTo(hash);
    }

    @Test
    void passwordChangeEnforcesTheRulesAndSurvivesARestart() throws Exception {
        Files.createDirectories(hashFile().getParent());
        Files.writeString(hashFile(), ENCODER.encode("the-first-password-1"));
        AdminAccount admin = account(null);

        assertRefused(admin, "wrong-current-password", "a-good-new-password-9", "password.error.current");
        assertRefused(admin, "the-first-password-1", "short-pw", "password.error.short");
        assertRefused(admin, "the-first-password-1", "Password1234", "password.error.common");
        assertThat(admin.matches("the-first-password-1")).isTrue();

        admin.changePassword("the-first-password-1", "a-good-new-password-9");
        assertThat(admin.matches("a-good-new-password-9")).isTrue();
        assertThat(admin.matches("the-first-password-1")).isFalse();
        assertThat(account(null).matches("a-good-new-password-9")).isTrue();
        assertThat(Files.readString(hashFile())).doesNotContain("a-good-new-password-9");
    }

    private static void assertRefused(AdminAccount admin, String current, String replacement, String key) {
        assertThatThrownBy(() -> admin.changePassword(current, replacement))
                .isInstanceOf(PasswordChangeException.class).hasMessage(key);
    }
}
