package com.botclientemanager.storage.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.botclientemanager.storage.DataDirectory;
import com.botclientemanager.storage.Document;
import com.botclientemanager.storage.DocumentChange;
import com.botclientemanager.storage.StorageException;
import com.botclientemanager.storage.StorageProperties;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalDocumentStoreTest {

    @TempDir
    Path dataDir;
    private DataDirectory directory;

    private LocalDocumentStore store() {
        directory = new DataDirectory(new StorageProperties(dataDir, new StorageProperties.Storage(StorageProperties.Type.LOCAL)));
        return new LocalDocumentStore(directory, Clock.systemUTC());
    }

    @AfterEach
    void releaseLock() throws Exception {
        if (directory != null) {
            directory.close();
        }
    }

    @Test
    void aMissingDocumentReadsAsAnEmptyObject() {
        assertThat(store().read(Document.CLIENTS).isEmpty()).isTrue();
    }

    @Test
    void writesArePersistedAndExactDecimalsSurvive() throws Exception {
        Files.writeString(dataDir.resolve("clients.json"), "{\"clients\":[{\"id\":\"a\",\"value\":29.90,\"extra\":{\"x\":[1,2]}}]}");
        LocalDocumentStore store = store();
        store.update(Document.CLIENTS, new DocumentChange("Atualiza", doc -> {
            doc.put("touched", true);
            return doc;
        }));
        String written = Files.readString(dataDir.resolve("clients.json"), StandardCharsets.UTF_8);
        assertThat(written).contains("29.90").contains("\"extra\"").contains("\"touched\" : true");
        directory.close();
        assertThat(store().read(Document.CLIENTS).get("touched").asBoolean()).isTrue();
    }

    @Test
    void aMalformedFileIsReportedAndNeverOverwritten() throws Exception {
        Files.writeString(dataDir.resolve("clients.json"), "{\"clients\": [ {\"id\": ");
        LocalDocumentStore store = store();
        assertThatThrownBy(() -> store.update(Document.CLIENTS, new DocumentChange("x", d -> d)))
                .isInstanceOf(StorageException.class)
                .satisfies(e -> assertThat(((StorageException) e).messageKey()).isEqualTo("storage.error.malformed"));
        assertThat(Files.readString(dataDir.resolve("clients.json"))).isEqualTo("{\"clients\": [ {\"id\": ");
        assertThat(store.status().lastErrorKey()).isEqualTo("storage.error.malformed");
    }

    /** A module's own document (plans.json) found damaged when read shows in the banner like the fixed ones. */
    @Test
    void aDamagedDocumentOfAModuleIsListedWithTheProblemsOnceRead() throws Exception {
        Files.writeString(dataDir.resolve("plans.json"), "{\"plans\": [ {\"id\": ");
        LocalDocumentStore store = store();
        Document plans = new Document("plans", null);
        assertThatThrownBy(() -> store.read(plans)).isInstanceOf(StorageException.class);
        assertThat(store.problems()).extracting(p -> p.document().fileName()).containsExactly("plans.json");
        assertThat(Files.readString(dataDir.resolve("plans.json"))).isEqualTo("{\"plans\": [ {\"id\": ");
    }

    @Test
    void keepsTheLastTwentyVersionsInBackups() throws Exception {
        LocalDocumentStore store = store();
        for (int i = 0; i < 25; i++) {
            int version = i;
            store.update(Document.TEMPLATES, new DocumentChange("v" + i, d -> d.put("version", version)));
        }
        try (Stream<Path> backups = Files.list(dataDir.resolve("backups"))) {
            assertThat(backups.filter(f -> f.getFileName().toString().startsWith("templates."))).hasSize(20);
        }
        assertThat(store.read(Document.TEMPLATES).get("version").asInt()).isEqualTo(24);
    }

    @Test
    void aFailedChangeLeavesTheDocumentUntouched() {
        LocalDocumentStore store = store();
        store.update(Document.SETTINGS, new DocumentChange("set", d -> d.put("a", 1)));
        assertThatThrownBy(() -> store.update(Document.SETTINGS, new DocumentChange("boom", d -> {
            d.put("a", 2);
            throw new IllegalStateException("boom");
        }))).isInstanceOf(IllegalStateException.class);
        assertThat(store.read(Document.SETTINGS).get("a").asInt()).isEqualTo(1);
    }

    @Test
    void aSecondInstanceOnTheSameFolderRefusesToStart() {
        store();
        assertThatThrownBy(() -> new DataDirectory(new StorageProperties(dataDir,
                new StorageProperties.Storage(StorageProperties.Type.LOCAL))))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("already in use");
    }
}
