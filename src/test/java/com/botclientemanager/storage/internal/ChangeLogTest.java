package com.botclientemanager.storage.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.botclientemanager.storage.DamagedDocumentException;
import com.botclientemanager.storage.DataDirectory;
import com.botclientemanager.storage.Document;
import com.botclientemanager.storage.DocumentChange;
import com.botclientemanager.storage.DocumentProblem;
import com.botclientemanager.storage.StorageProperties;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A file above {@code app.storage.log-above} keeps its changes in {@code clients.json.log}: what a store held is what
 * the next store on the same folder reads, whatever crash came in between, and a full rewrite makes the log obsolete.
 */
class ChangeLogTest {

    private static final Duration NEVER = Duration.ofHours(1);

    @TempDir
    Path dataDir;
    private DataDirectory directory;
    private Path file;
    private Path logFile;

    @BeforeEach
    void seed() throws Exception {
        directory = new DataDirectory(new StorageProperties(dataDir, new StorageProperties.Storage(StorageProperties.Type.LOCAL)));
        file = dataDir.resolve("clients.json");
        logFile = dataDir.resolve("clients.json.log");
        ObjectNode seed = DocumentJson.emptyDocument();
        seed.put("version", 1);
        ArrayNode clients = seed.putArray("clients");
        for (int i = 0; i < 30; i++) {
            clients.addObject().put("id", "c" + i).put("name", "Cliente " + i).put("value", new java.math.BigDecimal("29.90"));
        }
        Files.write(file, DocumentJson.write(seed));
    }

    @AfterEach
    void closeDirectory() throws Exception {
        directory.close();
    }

    private LocalDocumentStore store(Duration quiet) {
        return new LocalDocumentStore(directory, Clock.systemUTC(), DocumentReader.PARSE_ONLY, 100, quiet);
    }

    /**
     * The next store on the folder after the old one was killed: a store merely dropped would keep folding its logs in
     * the background under the new one's feet, which the data dir lock rules out between processes.
     */
    private LocalDocumentStore reopen(LocalDocumentStore killed) {
        killed.abandon();
        return store(NEVER);
    }

    @Test
    void aChangeAboveTheThresholdIsAppendedAndTheFileIsNotRewritten() throws Exception {
        byte[] before = Files.readAllBytes(file);
        LocalDocumentStore store = store(NEVER);

        store.update(Document.CLIENTS, rename("c3", "Maria"));
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        assertThat(Files.readAllLines(logFile)).hasSize(2); // the header and the change
        store.update(Document.CLIENTS, remove("c4"));
        store.update(Document.CLIENTS, add("n1"));
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        assertThat(Files.readAllLines(logFile)).hasSize(4);

        ObjectNode held = store.read(Document.CLIENTS);
        ObjectNode reread = reopen(store).read(Document.CLIENTS);
        assertThat(reread).isEqualTo(held);
        assertThat(names(reread)).contains("Maria").doesNotContain("Cliente 4").endsWith("Novo n1");
    }

    @Test
    void aFileBelowTheThresholdIsRewrittenAsBefore() throws Exception {
        LocalDocumentStore store = new LocalDocumentStore(directory, Clock.systemUTC());

        store.update(Document.CLIENTS, rename("c3", "Maria"));

        assertThat(logFile).doesNotExist();
        assertThat(Files.readAllBytes(file)).isEqualTo(DocumentJson.write(store.read(Document.CLIENTS)));
    }

    /** Random puts, replacements, removals and changes the log cannot hold, with stores killed and reopened between. */
    @Test
    void aNewStoreReadsExactlyWhatTheOldOneHeldAfterMixedChanges() throws Exception {
        java.util.Random random = new java.util.Random(19);
        LocalDocumentStore store = store(NEVER);
        int logged = 0;
        for (int step = 0; step < 400; step++) {
            List<String> ids = ids(store.read(Document.CLIENTS));
            String some = ids.isEmpty() ? "none" : ids.get(random.nextInt(ids.size()));
            DocumentChange change = switch (random.nextInt(10)) {
                case 0, 1, 2 -> add("n" + step);
                case 3, 4, 5 -> rename(some, "Nome " + step);
                case 6, 7 -> remove(some);
                case 8 -> new DocumentChange("Versão", document -> document.put("version", document.get("version").asInt() + 1));
                default -> swapFirstTwo();
            };
            store.update(Document.CLIENTS, change);
            logged += Files.exists(logFile) ? 1 : 0;
            if (step % 37 == 0) {
                ObjectNode held = store.read(Document.CLIENTS);
                store = reopen(store);
                assertThat(store.read(Document.CLIENTS)).as("after step %d", step).isEqualTo(held);
            }
        }
        ObjectNode held = store.read(Document.CLIENTS);
        store = reopen(store);
        assertThat(store.read(Document.CLIENTS)).isEqualTo(held);
        assertThat(logged).as("steps that left a log").isGreaterThan(100);
        store.close();
        assertThat(logFile).doesNotExist();
        assertThat(Files.readAllBytes(file)).isEqualTo(DocumentJson.write(held));
    }

    @Test
    void anElementWithoutAUniqueIdOrAChangedFieldRewritesTheWholeFileAndEndsTheLog() throws Exception {
        LocalDocumentStore store = store(NEVER);
        store.update(Document.CLIENTS, rename("c1", "Um"));
        assertThat(logFile).exists();

        store.update(Document.CLIENTS, DocumentChange.replacingElements("Sem id", document -> {
            ((ArrayNode) document.get("clients")).addObject().put("name", "Sem id");
            return document;
        }));
        assertThat(logFile).doesNotExist();
        assertThat(Files.readAllBytes(file)).isEqualTo(DocumentJson.write(store.read(Document.CLIENTS)));

        store.update(Document.CLIENTS, rename("c2", "Dois")); // the list has an element without id: still whole
        assertThat(logFile).doesNotExist();
        store.update(Document.CLIENTS, DocumentChange.replacingElements("Sem o sem id", document -> {
            ((ArrayNode) document.get("clients")).remove(document.get("clients").size() - 1);
            return document;
        }));
        store.update(Document.CLIENTS, add("c3")); // an id the list already has
        assertThat(logFile).doesNotExist();
        assertThat(names(store.read(Document.CLIENTS))).contains("Um", "Dois").endsWith("Novo c3");
        ObjectNode held = store.read(Document.CLIENTS);
        assertThat(reopen(store).read(Document.CLIENTS)).isEqualTo(held);
    }

    @Test
    void aTornLastLineIsDroppedAndTheNextChangeStartsOnALineOfItsOwn() throws Exception {
        LocalDocumentStore store = store(NEVER);
        store.update(Document.CLIENTS, rename("c1", "Ana"));
        store.update(Document.CLIENTS, add("n1"));
        ObjectNode held = store.read(Document.CLIENTS);
        Files.writeString(logFile, "{\"clients\":{\"put\":[{\"id\":\"c2\",\"na", StandardOpenOption.APPEND);

        LocalDocumentStore reopened = reopen(store);
        assertThat(reopened.read(Document.CLIENTS)).isEqualTo(held);
        reopened.update(Document.CLIENTS, rename("c5", "Bia"));

        ObjectNode third = reopen(reopened).read(Document.CLIENTS);
        assertThat(third).isEqualTo(reopened.read(Document.CLIENTS));
        assertThat(names(third)).contains("Ana", "Bia", "Novo n1", "Cliente 2");
    }

    @Test
    void aLogWrittenForAnotherVersionOfTheFileIsIgnoredAndRemoved() throws Exception {
        LocalDocumentStore store = store(NEVER);
        store.update(Document.CLIENTS, rename("c1", "Do registro"));
        // the file replaced behind the log's back (a backup copied in by hand)
        Files.writeString(file, Files.readString(file).replace("Cliente 2\"", "Editado\""));

        ObjectNode read = reopen(store).read(Document.CLIENTS);

        assertThat(names(read)).contains("Editado", "Cliente 1").doesNotContain("Do registro");
        assertThat(logFile).doesNotExist();
    }

    @Test
    void aCrashBetweenCompactionsRenameAndTheLogsDeletionLosesAndDoublesNothing() throws Exception {
        LocalDocumentStore store = store(NEVER);
        store.update(Document.CLIENTS, remove("c0"));
        store.update(Document.CLIENTS, add("c0"));
        store.update(Document.CLIENTS, rename("c7", "Sete"));
        byte[] log = Files.readAllBytes(logFile);
        ObjectNode held = store.read(Document.CLIENTS);
        store.close();
        Files.write(logFile, log); // as if the process died right after the rename

        LocalDocumentStore reopened = store(NEVER);
        assertThat(reopened.read(Document.CLIENTS)).isEqualTo(held);
        assertThat(logFile).doesNotExist();
        reopened.update(Document.CLIENTS, rename("c8", "Oito"));
        assertThat(names(reopen(reopened).read(Document.CLIENTS))).contains("Sete", "Oito").endsWith("Novo c0");
    }

    @Test
    void anUnreadableLineBeforeTheLastMakesTheDocumentDamagedAndNothingIsWrittenOverIt() throws Exception {
        LocalDocumentStore store = store(NEVER);
        store.update(Document.CLIENTS, rename("c1", "Um"));
        store.update(Document.CLIENTS, rename("c2", "Dois"));
        store.update(Document.CLIENTS, rename("c3", "Três"));
        List<String> lines = Files.readAllLines(logFile);
        Files.writeString(logFile, lines.get(0) + "\n" + lines.get(1) + "\n{\"clients\": oops\n" + lines.get(3) + "\n");
        byte[] fileBytes = Files.readAllBytes(file);
        byte[] logBytes = Files.readAllBytes(logFile);

        LocalDocumentStore reopened = reopen(store);
        DocumentProblem problem = reopened.problem(Document.CLIENTS).orElseThrow();
        assertThat(problem.messageKey()).isEqualTo("storage.damaged.log");
        assertThat(problem.arguments()).containsExactly("clients.json.log", "3");
        assertThatThrownBy(() -> reopened.update(Document.CLIENTS, rename("c4", "Quatro")))
                .isInstanceOf(DamagedDocumentException.class);
        reopened.close();
        assertThat(Files.readAllBytes(file)).isEqualTo(fileBytes);
        assertThat(Files.readAllBytes(logFile)).isEqualTo(logBytes);
    }

    @Test
    void restoreKeepsTheVersionItReplacesWithEveryLoggedChange() throws Exception {
        LocalDocumentStore store = store(NEVER);
        store.update(Document.CLIENTS, new DocumentChange("Versão", document -> document.put("version", 2)));
        String backup = store.versions(Document.CLIENTS).getFirst().id();
        store.update(Document.CLIENTS, rename("c1", "Registrado"));
        store.update(Document.CLIENTS, add("n1"));
        ObjectNode held = store.read(Document.CLIENTS);

        String keptAs = store.restore(Document.CLIENTS, backup);

        assertThat(DocumentJson.parse(Document.CLIENTS, Files.readAllBytes(dataDir.resolve(keptAs)))).isEqualTo(held);
        assertThat(logFile).doesNotExist();
        ObjectNode restored = reopen(store).read(Document.CLIENTS);
        assertThat(restored.get("version").asInt()).isEqualTo(1);
        assertThat(names(restored)).doesNotContain("Registrado");
    }

    @Test
    void retireKeepsEveryLoggedChange() throws Exception {
        LocalDocumentStore store = store(NEVER);
        store.update(Document.CLIENTS, rename("c1", "Registrado"));
        ObjectNode held = store.read(Document.CLIENTS);

        String keptAs = store.retire(Document.CLIENTS, "Movido");

        assertThat(DocumentJson.parse(Document.CLIENTS, Files.readAllBytes(dataDir.resolve(keptAs)))).isEqualTo(held);
        assertThat(logFile).doesNotExist();
    }

    @Test
    void theLogIsFoldedIntoTheFileOnCloseAndAfterAQuietMoment() throws Exception {
        LocalDocumentStore store = store(NEVER);
        store.update(Document.CLIENTS, rename("c1", "Um"));
        store.close();
        assertThat(logFile).doesNotExist();
        assertThat(Files.readAllBytes(file)).isEqualTo(DocumentJson.write(store.read(Document.CLIENTS)));

        LocalDocumentStore quick = store(Duration.ofMillis(200));
        quick.update(Document.CLIENTS, rename("c2", "Dois"));
        assertThat(logFile).exists();
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (Files.exists(logFile) && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertThat(logFile).doesNotExist();
        assertThat(Files.readAllBytes(file)).isEqualTo(DocumentJson.write(quick.read(Document.CLIENTS)));
        quick.close();
    }

    private static DocumentChange rename(String id, String name) {
        return DocumentChange.replacingElements("Renomeia " + id, document -> {
            ArrayNode clients = (ArrayNode) document.get("clients");
            for (int i = 0; i < clients.size(); i++) {
                if (clients.get(i).path("id").asString().equals(id)) {
                    clients.set(i, ((ObjectNode) clients.get(i)).deepCopy().put("name", name));
                }
            }
            return document;
        });
    }

    private static DocumentChange remove(String id) {
        return DocumentChange.replacingElements("Remove " + id, document -> {
            ArrayNode clients = (ArrayNode) document.get("clients");
            for (int i = 0; i < clients.size(); i++) {
                if (clients.get(i).path("id").asString().equals(id)) {
                    clients.remove(i);
                    break;
                }
            }
            return document;
        });
    }

    private static DocumentChange add(String id) {
        return DocumentChange.replacingElements("Adiciona " + id, document -> {
            ((ArrayNode) document.get("clients")).addObject().put("id", id).put("name", "Novo " + id)
                    .put("value", new java.math.BigDecimal("10.50"));
            return document;
        });
    }

    /** A reorder: the log cannot express it, so the whole file is written. */
    private static DocumentChange swapFirstTwo() {
        return DocumentChange.replacingElements("Reordena", document -> {
            ArrayNode clients = (ArrayNode) document.get("clients");
            if (clients.size() > 1) {
                clients.insert(0, clients.remove(1));
            }
            return document;
        });
    }

    private static List<String> ids(ObjectNode document) {
        return document.get("clients").valueStream().map(client -> client.get("id").asString()).toList();
    }

    private static List<String> names(ObjectNode document) {
        return document.get("clients").valueStream().map(client -> client.get("name").asString()).toList();
    }
}
