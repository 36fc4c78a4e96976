package com.botclientemanager.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.botclientemanager.storage.DataDirectory;
import com.botclientemanager.storage.DocumentStore;
import com.botclientemanager.storage.StorageProperties;
import com.botclientemanager.storage.internal.LocalDocumentStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** Access data on a real local store: encrypted at rest, masked unless asked for, never lost with a missing key. */
@ExtendWith(OutputCaptureExtension.class)
class AccessServiceTest {

    private static final String PASSWORD = "s3nh@-Secreta-9";
    private static final String USER = "maria.painel77";

    @TempDir
    Path dataDir;
    private DataDirectory directory;
    private DocumentStore store;
    private AccessService access;

    @BeforeEach
    void open() {
        directory = new DataDirectory(new StorageProperties(dataDir, null));
        store = new LocalDocumentStore(directory, Clock.systemUTC());
        access = new AccessService(store, directory);
    }

    @AfterEach
    void close() throws Exception {
        directory.close();
    }

    @Test
    void theFileHoldsNeitherUserNorPasswordInClearAndTheKeyIsOwnerOnly() throws Exception {
        access.save("c1", new AccessData(USER, PASSWORD, 2, "00:1A:2B:3C:4D:5E", "app XCIPTV", true));

        String file = Files.readString(dataDir.resolve("access.json"));
        assertThat(file).doesNotContain(USER).doesNotContain(PASSWORD).contains("v1:").contains("00:1A:2B:3C:4D:5E");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dataDir.resolve("secret.key"))))
                .isEqualTo("rw-------");
        assertThat(access.reveal("c1")).isEqualTo(new AccessData(USER, PASSWORD, 2, "00:1A:2B:3C:4D:5E", "app XCIPTV", true));
    }

    @Test
    void screensAndPrintsShowTheMaskUnlessAsked() {
        access.save("c1", new AccessData(USER, PASSWORD, 1, null, null, false));

        AccessData masked = access.masked("c1");
        assertThat(masked.username()).isEqualTo(AccessData.MASK);
        assertThat(masked.password()).isEqualTo(AccessData.MASK);
        assertThat(masked.screens()).isEqualTo(1);
        assertThat(access.reveal("c1").toString()).doesNotContain(PASSWORD).doesNotContain(USER);
        assertThat(access.forMessages("c1")).as("not switched on for messages").isEmpty();
    }

    @Test
    void aNullSecretKeepsTheStoredOneAndAnEmptyOneRemovesIt() {
        access.save("c1", new AccessData(USER, PASSWORD, null, null, null, false));
        access.save("c1", new AccessData(null, null, 3, null, null, true));
        assertThat(access.reveal("c1")).isEqualTo(new AccessData(USER, PASSWORD, 3, null, null, true));
        access.save("c1", new AccessData("", null, 3, null, null, true));
        assertThat(access.reveal("c1").username()).isNull();
        assertThat(access.forMessages("c1").orElseThrow().password()).isEqualTo(PASSWORD);
    }

    @Test
    void aMissingKeyIsSaidAndNothingIsOverwritten(CapturedOutput output) throws Exception {
        access.save("c1", new AccessData(USER, PASSWORD, null, null, null, true));
        Files.delete(dataDir.resolve("secret.key"));
        String before = Files.readString(dataDir.resolve("access.json"));

        assertThat(access.keyState()).isEqualTo(AccessKeyState.KEY_MISSING);
        assertThatThrownBy(() -> access.reveal("c1")).isInstanceOf(AccessException.class)
                .extracting(e -> ((AccessException) e).messageKey()).isEqualTo("access.error.key-missing");
        assertThatThrownBy(() -> access.save("c2", new AccessData("joao", "outra", null, null, null, false)))
                .isInstanceOf(AccessException.class);
        assertThat(access.forMessages("c1")).isEmpty();
        assertThat(access.masked("c1").password()).isEqualTo(AccessData.MASK);

        assertThat(Files.readString(dataDir.resolve("access.json"))).isEqualTo(before);
        assertThat(dataDir.resolve("secret.key")).doesNotExist();
        assertThat(output.getAll()).doesNotContain(PASSWORD).doesNotContain(USER);
    }

    @Test
    void aValueCopiedOntoAnotherClientDoesNotOpen() throws Exception {
        access.save("c1", new AccessData(USER, PASSWORD, null, null, null, false));
        Path file = dataDir.resolve("access.json");
        Files.writeString(file, Files.readString(file).replace("\"c1\"", "\"c2\""));
        store = new LocalDocumentStore(directory, Clock.systemUTC());
        access = new AccessService(store, directory);

        assertThatThrownBy(() -> access.reveal("c2")).isInstanceOf(AccessException.class)
                .extracting(e -> ((AccessException) e).messageKey()).isEqualTo("access.error.unreadable");
    }

    @Test
    void aPasswordWithALineBreakOrTooManyScreensIsRefused() {
        assertThatThrownBy(() -> access.save("c1", new AccessData(USER, "abc\ndef", null, null, null, false)))
                .extracting(e -> ((AccessException) e).messageKey()).isEqualTo("access.validation.password");
        assertThatThrownBy(() -> access.save("c1", new AccessData(USER, PASSWORD, 0, null, null, false)))
                .extracting(e -> ((AccessException) e).messageKey()).isEqualTo("access.validation.screens");
        assertThat(dataDir.resolve("access.json")).doesNotExist();
    }
}
