package com.botclientemanager.storage.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.botclientemanager.storage.DataDirectory;
import com.botclientemanager.storage.Document;
import com.botclientemanager.storage.DocumentChange;
import com.botclientemanager.storage.StorageProperties;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.node.POJONode;

/**
 * A change that replaces elements shares the unchanged ones with the version readers hold, and the file is still what
 * {@link DocumentJson#write} writes; a change or a write that fails leaves what readers see and the file as they were.
 */
class LocalDocumentStoreWritesTest {

    @TempDir
    Path dataDir;
    private DataDirectory directory;
    private LocalDocumentStore store;

    @BeforeEach
    void open() throws Exception {
        Files.writeString(dataDir.resolve("clients.json"), """
                {"clients": [{"id": "a", "name": "Ana", "value": 29.90},
                 {"id": "b", "name": "Bia", "value": 19.90, "extra": {"x": [1, 2]}},
                 {"id": "c", "name": "Caio", "value": 9.90}]}""");
        directory = new DataDirectory(new StorageProperties(dataDir, new StorageProperties.Storage(StorageProperties.Type.LOCAL)));
        store = new LocalDocumentStore(directory, Clock.systemUTC());
    }

    @AfterEach
    void close() throws Exception {
        directory.close();
    }

    @Test
    void aChangeToOneClientSharesTheOthersAndLeavesTheVersionReadersHold() throws Exception {
        ObjectNode before = store.read(Document.CLIENTS);
        store.update(Document.CLIENTS, DocumentChange.replacingElements("Atualiza Bia", document -> rename(document, 1, "Bianca")));

        ObjectNode after = store.read(Document.CLIENTS);
        assertThat(after.get("clients").get(0)).isSameAs(before.get("clients").get(0));
        assertThat(after.get("clients").get(2)).isSameAs(before.get("clients").get(2));
        assertThat(after.get("clients").get(1).get("name").asString()).isEqualTo("Bianca");
        assertThat(before.get("clients").get(1).get("name").asString()).isEqualTo("Bia");
        assertThat(before.get("clients").size()).isEqualTo(3);
        assertThat(Files.readAllBytes(dataDir.resolve("clients.json"))).isEqualTo(DocumentJson.write(after));

        store.update(Document.CLIENTS, DocumentChange.replacingElements("Adiciona e remove", document -> {
            ArrayNode clients = (ArrayNode) document.get("clients");
            clients.remove(0);
            clients.addObject().put("id", "d").put("name", "Davi");
            return rename(document, 0, "Bia");
        }));
        assertThat(Files.readAllBytes(dataDir.resolve("clients.json")))
                .isEqualTo(DocumentJson.write(store.read(Document.CLIENTS)));
        assertThat(after.get("clients").get(1).get("name").asString()).isEqualTo("Bianca");
    }

    @Test
    void aChangeThatThrowsLeavesWhatReadersSeeAndTheFile() throws Exception {
        store.update(Document.CLIENTS, DocumentChange.replacingElements("Atualiza", document -> rename(document, 0, "Ana Maria")));
        ObjectNode stored = store.read(Document.CLIENTS);
        byte[] file = Files.readAllBytes(dataDir.resolve("clients.json"));

        assertThatThrownBy(() -> store.update(Document.CLIENTS, DocumentChange.replacingElements("Falha", document -> {
            ((ArrayNode) document.get("clients")).remove(2);
            rename(document, 1, "meio feito");
            throw new IllegalStateException("boom");
        }))).isInstanceOf(IllegalStateException.class);

        assertThat(store.read(Document.CLIENTS)).isSameAs(stored);
        assertThat(stored.get("clients").size()).isEqualTo(3);
        assertThat(stored.get("clients").get(1).get("name").asString()).isEqualTo("Bia");
        assertThat(Files.readAllBytes(dataDir.resolve("clients.json"))).isEqualTo(file);
    }

    /** The new version cannot be serialised (a value the mapper refuses): nothing of it is seen. */
    @Test
    void aDocumentThatCannotBeWrittenLeavesWhatReadersSeeAndTheFile() throws Exception {
        store.update(Document.CLIENTS, DocumentChange.replacingElements("Atualiza", document -> rename(document, 0, "Ana Maria")));
        ObjectNode stored = store.read(Document.CLIENTS);
        byte[] file = Files.readAllBytes(dataDir.resolve("clients.json"));

        assertThatThrownBy(() -> store.update(Document.CLIENTS, DocumentChange.replacingElements("Falha", document -> {
            rename(document, 1, "meio feito");
            ((ArrayNode) document.get("clients")).add(new POJONode(new Unwritable()));
            return document;
        }))).isInstanceOf(RuntimeException.class);

        assertThat(store.read(Document.CLIENTS)).isSameAs(stored);
        assertThat(stored.get("clients").get(1).get("name").asString()).isEqualTo("Bia");
        assertThat(Files.readAllBytes(dataDir.resolve("clients.json"))).isEqualTo(file);
        try (var files = Files.list(dataDir)) {
            assertThat(files.map(f -> f.getFileName().toString())).noneMatch(name -> name.endsWith(".tmp"));
        }
        store.update(Document.CLIENTS, DocumentChange.replacingElements("Depois", document -> rename(document, 2, "Caio C")));
        assertThat(Files.readAllBytes(dataDir.resolve("clients.json")))
                .isEqualTo(DocumentJson.write(store.read(Document.CLIENTS)));
    }

    private static ObjectNode rename(ObjectNode document, int at, String name) {
        ArrayNode clients = (ArrayNode) document.get("clients");
        clients.set(at, ((ObjectNode) clients.get(at)).deepCopy().put("name", name));
        return document;
    }

    /** A value the JSON mapper cannot write. */
    public static final class Unwritable {
        public String getValue() {
            throw new IllegalStateException("cannot be written");
        }
    }
}
