package com.botclientemanager.storage.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import com.botclientemanager.storage.DataDirectory;
import com.botclientemanager.storage.Document;
import com.botclientemanager.storage.DocumentChange;
import com.botclientemanager.storage.StorageException;
import com.botclientemanager.storage.StorageProperties;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Saving clients.json when the disk cannot take it: a clear message (its own i18n key), the previous file byte for byte
 * as it was, no temp file left behind, and the next save once there is room goes through. Two ways to run out of room:
 * a file size limit ({@code ulimit -f}, any user) on a child JVM, and a really full tmpfs (only where mount is allowed).
 */
@Tag("drill")
class FullDiskDrillTest {

    private static final int PREVIOUS_CLIENTS = 50;
    private static final int BIG_SAVE_CLIENTS = 3_000;

    @TempDir
    Path tempDir;

    @Test
    void aSaveOverTheFileSizeLimitFailsClearlyAndKeepsThePreviousFile() throws Exception {
        Path dataDir = Files.createDirectory(tempDir.resolve("data"));
        byte[] previous = writePrevious(dataDir);
        assertThat(previous.length).isLessThan(64 * 1024);

        // bash's ulimit -f counts 1 KiB blocks; the JVM ignores SIGXFSZ, so the write fails with EFBIG instead
        ProcessBuilder child = new ProcessBuilder("bash", "-c", "ulimit -f 64; exec \"$@\"", "bash",
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-XX:-UsePerfData",
                "-XX:TieredStopAtLevel=1", BigSave.class.getName(), dataDir.toString()).redirectErrorStream(true);
        child.environment().put("CLASSPATH", System.getProperty("java.class.path"));
        Process process = child.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();

        assertThat(output).as("child output").contains("failed storage.error.disk-full").contains("File too large");
        assertPreviousIntact(dataDir, previous);
        try (DataDirectory directory = new DataDirectory(new StorageProperties(dataDir, null))) {
            LocalDocumentStore store = new LocalDocumentStore(directory, Clock.systemUTC());
            store.update(Document.CLIENTS, BigSave.change());
            assertThat(clients(dataDir)).as("the next save, without the limit").isEqualTo(BIG_SAVE_CLIENTS);
        }
    }

    @Test
    void aSaveOnAFullFileSystemFailsClearlyAndSucceedsOnceSpaceIsFreed() throws Exception {
        Path mount = Files.createDirectory(tempDir.resolve("tmpfs"));
        assumeThat(run("mount", "-t", "tmpfs", "-o", "size=4m", "tmpfs", mount.toString()))
                .as("mounting a tmpfs needs root: the ulimit drill covers other machines").isZero();
        try {
            Path dataDir = Files.createDirectory(mount.resolve("data"));
            byte[] previous = writePrevious(dataDir);
            Path filler = mount.resolve("filler");
            // fill the disk, leaving room for the backup copy of the previous file but not for the new content
            Files.write(filler, new byte[(int) (mount.toFile().getUsableSpace() - 2L * previous.length - 16 * 1024)]);
            try (DataDirectory directory = new DataDirectory(new StorageProperties(dataDir, null))) {
                LocalDocumentStore store = new LocalDocumentStore(directory, Clock.systemUTC());
                assertThatThrownBy(() -> store.update(Document.CLIENTS, BigSave.change()))
                        .isInstanceOfSatisfying(StorageException.class, e -> {
                            assertThat(e.messageKey()).isEqualTo("storage.error.disk-full");
                            assertThat(e.getMessage()).contains("No space left on device");
                        });
                assertThat(store.status().lastErrorKey()).isEqualTo("storage.error.disk-full");
                assertPreviousIntact(dataDir, previous);
                assertThat(store.read(Document.CLIENTS).get("clients").size()).as("what the app holds")
                        .isEqualTo(PREVIOUS_CLIENTS);

                Files.delete(filler);
                store.update(Document.CLIENTS, BigSave.change());
                assertThat(clients(dataDir)).isEqualTo(BIG_SAVE_CLIENTS);
                assertThat(store.status().lastErrorKey()).isNull();
            }
        } finally {
            run("umount", mount.toString());
        }
    }

    @Test
    void theFullDiskMessageSaysWhatHappenedAndWhatToDoInBothLanguages() throws IOException {
        assertThat(bundle("pt_BR").getProperty("storage.error.disk-full")).contains("disco está cheio")
                .contains("dados anteriores continuam intactos").contains("libere espaço");
        assertThat(bundle("en").getProperty("storage.error.disk-full")).contains("disk is full")
                .contains("previous data is intact").contains("free some disk space");
    }

    private static byte[] writePrevious(Path dataDir) throws IOException {
        try (DataDirectory directory = new DataDirectory(new StorageProperties(dataDir, null))) {
            new LocalDocumentStore(directory, Clock.systemUTC())
                    .update(Document.CLIENTS, new DocumentChange("previous", d -> BigSave.content(PREVIOUS_CLIENTS)));
        }
        return Files.readAllBytes(dataDir.resolve("clients.json"));
    }

    private static void assertPreviousIntact(Path dataDir, byte[] previous) throws IOException {
        byte[] now = Files.readAllBytes(dataDir.resolve("clients.json"));
        assertThat(now).as("clients.json byte for byte as before the failed save").isEqualTo(previous);
        assertThat(DocumentJson.parse(Document.CLIENTS, now).get("clients").size()).isEqualTo(PREVIOUS_CLIENTS);
        try (Stream<Path> files = Stream.concat(Files.list(dataDir), Files.list(dataDir.resolve("backups")))) {
            assertThat(files.map(f -> f.getFileName().toString()).filter(name -> name.endsWith(".tmp")))
                    .as("temp files left behind").isEmpty();
        }
    }

    private static int clients(Path dataDir) throws IOException {
        return DocumentJson.parse(Document.CLIENTS, Files.readAllBytes(dataDir.resolve("clients.json")))
                .get("clients").size();
    }

    private static Properties bundle(String locale) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = FullDiskDrillTest.class.getResourceAsStream("/i18n/messages_" + locale + ".properties")) {
            properties.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    private static int run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        process.getInputStream().readAllBytes();
        return process.waitFor();
    }

    /** The child JVM under the file size limit: one save far bigger than the limit, then prints how it went. */
    public static final class BigSave {

        public static void main(String[] args) throws Exception {
            try (DataDirectory directory = new DataDirectory(new StorageProperties(Path.of(args[0]), null))) {
                new LocalDocumentStore(directory, Clock.systemUTC()).update(Document.CLIENTS, change());
                System.out.println("saved");
            } catch (StorageException e) {
                System.out.println("failed " + e.messageKey() + " " + e.getMessage());
            }
        }

        static DocumentChange change() {
            return new DocumentChange("big save", d -> content(BIG_SAVE_CLIENTS));
        }

        static ObjectNode content(int count) {
            ObjectNode document = DocumentJson.emptyDocument();
            ArrayNode clients = document.putArray("clients");
            for (int i = 0; i < count; i++) {
                clients.addObject().put("id", "c" + i).put("name", "Cliente " + i).put("phone", "5511999" + i)
                        .put("value", new java.math.BigDecimal("29.90"))
                        .put("custom_message_3days", "Olá {name} 👋\r\nVence em {expires_at}");
            }
            return document;
        }
    }
}
