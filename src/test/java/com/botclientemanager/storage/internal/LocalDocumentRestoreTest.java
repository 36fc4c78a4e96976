package com.botclientemanager.storage.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.botclientemanager.storage.DamagedDocumentException;
import com.botclientemanager.storage.DataDirectory;
import com.botclientemanager.storage.Document;
import com.botclientemanager.storage.DocumentChange;
import com.botclientemanager.storage.DocumentCheck;
import com.botclientemanager.storage.DocumentProblem;
import com.botclientemanager.storage.DocumentVersion;
import com.botclientemanager.storage.StorageException;
import com.botclientemanager.storage.StorageProperties;
import com.botclientemanager.testing.MutableClock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.node.ObjectNode;

/**
 * A damaged document in the local store: what is wrong is reported, nothing is read from it or written over it, a file
 * fixed by hand is noticed, and a backup is restored only after it is checked, the damaged file kept aside.
 */
class LocalDocumentRestoreTest {

    static final String GOOD = "{\"clients\":[{\"id\":\"a\",\"name\":\"Ana\",\"value\":29.90}]}";
    static final String NOT_JSON = "{\"clients\": [ {\"id\": \"a\",\n \"value\": ";
    static final String OUT_OF_RANGE = "{\"clients\":[{\"id\":\"a\",\"name\":\"Ana\",\"value\":\"1e999999999\"}]}";

    @TempDir
    Path dataDir;
    private DataDirectory directory;
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-27T10:15:00Z"));

    /** Like the clients module's check: a value must be a number not above 9,999,999.99. */
    private static final DocumentCheck VALUES = new DocumentCheck() {
        @Override
        public Document document() {
            return Document.CLIENTS;
        }

        @Override
        public Optional<DocumentProblem> check(ObjectNode content) {
            for (var client : content.path("clients")) {
                String value = client.path("value").asString("");
                try {
                    if (new java.math.BigDecimal(value).compareTo(new java.math.BigDecimal("9999999.99")) > 0) {
                        return Optional.of(DocumentProblem.of(Document.CLIENTS, "clients.damaged.value", "value " + value,
                                client.path("name").asString(), value));
                    }
                } catch (NumberFormatException e) {
                    return Optional.of(DocumentProblem.of(Document.CLIENTS, "clients.damaged.value", "value " + value,
                            client.path("name").asString(), value));
                }
            }
            return Optional.empty();
        }
    };

    private LocalDocumentStore store() {
        directory = new DataDirectory(new StorageProperties(dataDir, new StorageProperties.Storage(StorageProperties.Type.LOCAL)));
        return new LocalDocumentStore(directory, clock, new DocumentReader(() -> List.of(VALUES)));
    }

    @AfterEach
    void releaseLock() throws Exception {
        if (directory != null) {
            directory.close();
        }
    }

    private void write(String file, String content) throws Exception {
        Files.writeString(dataDir.resolve(file), content, StandardCharsets.UTF_8);
    }

    @Test
    void aFileThatDoesNotParseIsReportedWithItsLineAndNeitherReadNorWritten() throws Exception {
        write("clients.json", NOT_JSON);
        LocalDocumentStore store = store();

        DocumentProblem problem = store.problem(Document.CLIENTS).orElseThrow();
        assertThat(problem.messageKey()).isEqualTo("storage.damaged.not-json");
        assertThat(problem.arguments()).first().isEqualTo("2");
        assertThatThrownBy(() -> store.read(Document.CLIENTS)).isInstanceOf(DamagedDocumentException.class);
        assertThatThrownBy(() -> store.update(Document.CLIENTS, new DocumentChange("x", d -> d.put("x", 1))))
                .isInstanceOf(DamagedDocumentException.class)
                .satisfies(e -> assertThat(((StorageException) e).messageKey()).isEqualTo("storage.error.malformed"));
        assertThat(Files.readString(dataDir.resolve("clients.json"))).isEqualTo(NOT_JSON);
        assertThat(store.problem(Document.TEMPLATES)).isEmpty();
    }

    @Test
    void aValueOutOfRangeDamagesTheDocumentAndAFixByHandIsNoticed() throws Exception {
        write("clients.json", OUT_OF_RANGE);
        LocalDocumentStore store = store();
        assertThat(store.problem(Document.CLIENTS)).hasValueSatisfying(p -> assertThat(p.arguments())
                .containsExactly("Ana", "1e999999999"));

        write("clients.json", GOOD);
        Files.setLastModifiedTime(dataDir.resolve("clients.json"),
                java.nio.file.attribute.FileTime.from(Instant.now().plusSeconds(5)));
        assertThat(store.problem(Document.CLIENTS)).isEmpty();
        assertThat(store.read(Document.CLIENTS).path("clients").get(0).path("name").asString()).isEqualTo("Ana");
    }

    @Test
    void restoringABackupChecksItFirstAndKeepsTheDamagedFileAside() throws Exception {
        write("clients.json", "{\"clients\":[]}");
        LocalDocumentStore store = store();
        store.update(Document.CLIENTS, new DocumentChange("v1", d -> (ObjectNode) d.set("clients",
                d.arrayNode().add(d.objectNode().put("id", "a").put("name", "Ana").put("value", "29.90")))));
        clock.advance(Duration.ofMinutes(5));
        store.update(Document.CLIENTS, new DocumentChange("bad", d -> {
            ((ObjectNode) d.path("clients").get(0)).put("value", "1e999999999");
            return d;
        }));
        clock.advance(Duration.ofMinutes(5));
        store.update(Document.CLIENTS, new DocumentChange("v3", d -> d.put("v", 3)));
        directory.close();
        write("clients.json", NOT_JSON);
        LocalDocumentStore restarted = store();
        List<Document> restored = new ArrayList<>();
        restarted.onExternalChange(restored::add);

        List<DocumentVersion> versions = restarted.versions(Document.CLIENTS);
        assertThat(versions).extracting(DocumentVersion::savedAt).containsExactly(Instant.parse("2026-11-27T10:25:00Z"),
                Instant.parse("2026-11-27T10:20:00Z"), Instant.parse("2026-11-27T10:15:00Z"));
        // the newest backup holds the 1e999999999 of the second change: refused, nothing moves
        assertThatThrownBy(() -> restarted.restore(Document.CLIENTS, versions.get(0).id()))
                .isInstanceOf(DamagedDocumentException.class);
        assertThat(Files.readString(dataDir.resolve("clients.json"))).isEqualTo(NOT_JSON);
        assertThat(dataDir.resolve("damaged")).doesNotExist();

        byte[] backup = Files.readAllBytes(dataDir.resolve("backups").resolve(versions.get(1).id()));
        clock.set(Instant.parse("2026-11-28T08:00:00Z"));
        String keptAs = restarted.restore(Document.CLIENTS, versions.get(1).id());

        assertThat(Files.readAllBytes(dataDir.resolve("clients.json"))).isEqualTo(backup);
        assertThat(keptAs).isEqualTo("damaged/clients.20261128T080000.000000Z.json");
        assertThat(Files.readString(dataDir.resolve(keptAs))).isEqualTo(NOT_JSON);
        assertThat(restarted.problem(Document.CLIENTS)).isEmpty();
        assertThat(restarted.read(Document.CLIENTS).path("clients").get(0).path("value").asString()).isEqualTo("29.90");
        assertThat(restored).containsExactly(Document.CLIENTS);
        try (Stream<Path> backups = Files.list(dataDir.resolve("backups"))) {
            assertThat(backups.map(f -> read(f))).as("the damaged file is not offered as a backup").doesNotContain(NOT_JSON);
        }
        restarted.update(Document.CLIENTS, new DocumentChange("after", d -> d.put("after", true)));
        assertThat(restarted.read(Document.CLIENTS).path("after").asBoolean()).isTrue();
    }

    @Test
    void onlyThisDocumentsBackupsCanBeRestored() throws Exception {
        write("templates.json", "{\"templates\":[]}");
        LocalDocumentStore store = store();
        store.update(Document.TEMPLATES, new DocumentChange("t", d -> d.put("t", 1)));
        String templatesBackup = store.versions(Document.TEMPLATES).getFirst().id();
        write("clients.json", NOT_JSON);

        for (String id : List.of(templatesBackup, "../clients.json", "../backups/" + templatesBackup, "clients.json",
                "clients.20261127T101500.123456Z.json")) {
            assertThatThrownBy(() -> store.restore(Document.CLIENTS, id)).as(id).isInstanceOf(StorageException.class)
                    .satisfies(e -> assertThat(((StorageException) e).messageKey())
                            .isEqualTo("storage.error.restore.unknown-backup"));
        }
        assertThat(Files.readString(dataDir.resolve("clients.json"))).isEqualTo(NOT_JSON);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
