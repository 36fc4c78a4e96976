package com.botclientemanager.whatsapp.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.botclientemanager.storage.DataDirectory;
import com.botclientemanager.storage.StorageProperties;
import com.botclientemanager.whatsapp.ConnectionField;
import com.botclientemanager.whatsapp.ConnectionSettings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The connection file: owner-only from creation, replaced whole, read back as written. */
class ConnectionFileTest {

    @TempDir
    Path dataDir;

    @Test
    void secretsAreWrittenToAnOwnerOnlyFileAndReadBack() throws Exception {
        try (DataDirectory directory = new DataDirectory(new StorageProperties(dataDir, null))) {
            ConnectionFile file = new ConnectionFile(directory);
            ConnectionSettings settings = ConnectionSettings.of(Map.of(ConnectionField.PROVIDER, "evolution",
                    ConnectionField.EVOLUTION_URL, "http://evolution:8080",
                    ConnectionField.EVOLUTION_API_KEY, "the-secret-key"));

            file.write(settings);

            Path written = dataDir.resolve("whatsapp-connection.json");
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(written))).isEqualTo("rw-------");
            assertThat(file.read()).isEqualTo(settings);
            file.write(settings.with(ConnectionField.EVOLUTION_API_KEY, "another"));
            assertThat(file.read().get(ConnectionField.EVOLUTION_API_KEY)).isEqualTo("another");
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(written))).isEqualTo("rw-------");
            try (var files = Files.list(dataDir)) {
                assertThat(files.map(p -> p.getFileName().toString())).noneMatch(name -> name.endsWith(".tmp"));
            }
        }
    }
}
