package com.botclientemanager.storage.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.botclientemanager.storage.DataDirectory;
import com.botclientemanager.storage.Document;
import com.botclientemanager.storage.DocumentChange;
import com.botclientemanager.storage.StorageProperties;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Kills a JVM that is writing clients.json with SIGKILL at random moments, many times, and checks that the file always
 * parses and holds exactly one of the versions written, never a mix or a truncated file, and never goes back.
 */
@Tag("drill")
class CrashDrillTest {

    private static final int KILLS = 30;

    @TempDir
    Path dataDir;

    @Test
    void aKilledWriterAlwaysLeavesAWholeVersionOfTheFile() throws Exception {
        Random random = new Random(42);
        long lastVersion = -1;
        int killedMidRun = 0;
        for (int kill = 0; kill < KILLS; kill++) {
            Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xshare:auto", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                    Writer.class.getName(), dataDir.toString()).redirectErrorStream(true).start();
            BufferedReader output = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
            String line = output.readLine();
            assertThat(line).as("the writer started").isEqualTo("writing");
            Thread.sleep(random.nextInt(5, 400));
            if (child.isAlive()) {
                killedMidRun++;
            }
            child.destroyForcibly();
            assertThat(child.waitFor(10, TimeUnit.SECONDS)).isTrue();

            if (!Files.exists(dataDir.resolve("clients.json"))) {
                assertThat(lastVersion).as("killed before its first write ever finished: no file yet is whole").isEqualTo(-1);
                continue;
            }
            ObjectNode stored = DocumentJson.parse(Document.CLIENTS, Files.readAllBytes(dataDir.resolve("clients.json")));
            long version = stored.get("version").asLong();
            boolean whole = java.util.Arrays.equals(DocumentJson.write(stored), DocumentJson.write(Writer.content(version)));
            assertThat(whole).as("clients.json after kill %d holds all of version %d", kill, version).isTrue();
            assertThat(version).as("never goes back").isGreaterThanOrEqualTo(lastVersion);
            lastVersion = version;
        }
        assertThat(killedMidRun).isEqualTo(KILLS);
        DataDirectory directory = new DataDirectory(new StorageProperties(dataDir, null));
        new LocalDocumentStore(directory, Clock.systemUTC());
        directory.close();
        try (var temps = Files.newDirectoryStream(dataDir, ".*.tmp")) {
            assertThat(temps).as("temp files of killed writes are cleaned up on start").isEmpty();
        }
        assertThat(lastVersion).isGreaterThan(KILLS);
    }

    /** The child JVM: writes ever newer versions of clients.json through the local store until it is killed. */
    public static final class Writer {

        public static void main(String[] args) throws Exception {
            Path folder = Path.of(args[0]);
            DataDirectory directory = new DataDirectory(new StorageProperties(folder, null));
            LocalDocumentStore store = new LocalDocumentStore(directory, Clock.systemUTC());
            long version = store.read(Document.CLIENTS).path("version").asLong(0);
            System.out.println("writing");
            System.out.flush();
            while (true) {
                long next = ++version;
                store.update(Document.CLIENTS, new DocumentChange("v" + next, d -> content(next)));
            }
        }

        static ObjectNode content(long version) {
            ObjectNode document = DocumentJson.emptyDocument();
            ArrayNode clients = document.putArray("clients");
            for (int i = 0; i < 300; i++) {
                clients.addObject().put("id", "c" + i).put("name", "Cliente " + i + " v" + version)
                        .put("value", new java.math.BigDecimal("29.90"))
                        .put("custom_message_3days", "Olá {name} 👋\r\nVence em {expires_at}");
            }
            document.put("version", version);
            return document;
        }
    }

}
