package com.botclientemanager.clients.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.botclientemanager.clients.Client;
import com.botclientemanager.clients.ClientDirectory;
import com.botclientemanager.clients.ClientException;
import com.botclientemanager.storage.DamagedDocumentException;
import com.botclientemanager.storage.DataDirectory;
import com.botclientemanager.storage.Document;
import com.botclientemanager.storage.DocumentProblem;
import com.botclientemanager.storage.StorageProperties;
import com.botclientemanager.storage.internal.DocumentReader;
import com.botclientemanager.storage.internal.LocalDocumentStore;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * clients.json damaged the ways the field saw, on the real local store with the clients module's check: the directory
 * reads nothing from it and writes nothing over it, and restoring the backup brings the clients back, the damaged file
 * kept aside.
 */
class DamagedClientsTest {

    static final String BACKUP = "{\"clients\":[{\"id\":\"c1\",\"name\":\"Maria Santos\",\"phone\":\"5511912345678\","
            + "\"plan_type\":\"IPTV\",\"value\":29.90,\"plan_duration\":\"2026-12-01\",\"reminder_time_3days\":\"09:00\","
            + "\"reminder_time_payment\":\"10:00\"}]}";

    @TempDir
    Path dataDir;
    private DataDirectory directory;

    @AfterEach
    void releaseLock() throws Exception {
        if (directory != null) {
            directory.close();
        }
    }

    private LocalDocumentStore store() {
        directory = new DataDirectory(new StorageProperties(dataDir, new StorageProperties.Storage(StorageProperties.Type.LOCAL)));
        return new LocalDocumentStore(directory, Clock.systemUTC(),
                new DocumentReader(() -> List.of(new ClientsDocumentCheck(), new PaymentsDocumentCheck())));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "not JSON | {\"clients\": [ {\"id\": \"c1\", \"value\": 29.9 | storage.damaged.not-json",
            "value 1e999999999 | {\"clients\":[{\"id\":\"c1\",\"name\":\"Maria Santos\",\"value\":\"1e999999999\"}]} | clients.damaged.value",
            "value NaN | {\"clients\":[{\"id\":\"c1\",\"name\":\"Maria Santos\",\"value\":\"NaN\"}]} | clients.damaged.value",
            "negative value | {\"clients\":[{\"id\":\"c1\",\"name\":\"Maria Santos\",\"value\":-29.90}]} | clients.damaged.value",
            "due date in year 99999 | {\"clients\":[{\"id\":\"c1\",\"name\":\"Maria Santos\",\"value\":29.9,\"plan_duration\":\"99999-12-01\"}]} | clients.damaged.due-date",
            "time 25:99 | {\"clients\":[{\"id\":\"c1\",\"name\":\"Maria Santos\",\"value\":29.9,\"reminder_time_payment\":\"25:99\"}]} | clients.damaged.time"})
    void aDamagedClientsFileIsReadOnlyUntilItsBackupIsRestored(String name, String damaged, String key) throws Exception {
        Files.createDirectories(dataDir.resolve("backups"));
        Files.writeString(dataDir.resolve("backups/clients.20261126T090000.000000Z.json"), BACKUP);
        Files.writeString(dataDir.resolve("clients.json"), damaged, StandardCharsets.UTF_8);
        LocalDocumentStore store = store();
        ClientDirectory clients = new ClientDirectory(store, event -> { });

        DocumentProblem problem = store.problem(Document.CLIENTS).orElseThrow();
        assertThat(problem.messageKey()).isEqualTo(key);
        assertThatThrownBy(clients::all).isInstanceOf(DamagedDocumentException.class);
        assertThatThrownBy(() -> clients.dueBetween(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)))
                .isInstanceOf(DamagedDocumentException.class);
        assertThatThrownBy(() -> clients.save(newClient("c2", "Bruno"))).isInstanceOf(DamagedDocumentException.class);
        assertThat(Files.readString(dataDir.resolve("clients.json"))).isEqualTo(damaged);

        String keptAs = store.restore(Document.CLIENTS, store.versions(Document.CLIENTS).getFirst().id());

        assertThat(clients.all()).extracting(Client::name).containsExactly("Maria Santos");
        assertThat(clients.all().getFirst().value()).isEqualByComparingTo("29.90");
        assertThat(Files.readString(dataDir.resolve("clients.json"))).isEqualTo(BACKUP);
        assertThat(Files.readString(dataDir.resolve(keptAs))).isEqualTo(damaged);
        clients.save(newClient("c2", "Bruno"));
        assertThat(clients.count()).isEqualTo(2);
    }

    @Test
    void theAppNeverWritesAValueThatWouldDamageTheFile() throws Exception {
        Files.writeString(dataDir.resolve("clients.json"), BACKUP);
        LocalDocumentStore store = store();
        ClientDirectory clients = new ClientDirectory(store, event -> { });
        Client maria = clients.all().getFirst();

        assertThatThrownBy(() -> clients.save(maria.withDueDate(LocalDate.of(10_000, 1, 1))))
                .isInstanceOf(ClientException.class)
                .satisfies(e -> assertThat(((ClientException) e).messageKey()).isEqualTo("clients.error.out-of-range"));
        assertThatThrownBy(() -> clients.save(newClient("c3", "Caio", new BigDecimal("1e999999999"))))
                .isInstanceOf(ClientException.class);
        assertThat(Files.readString(dataDir.resolve("clients.json"))).isEqualTo(BACKUP);
        assertThat(store.problem(Document.CLIENTS)).isEmpty();
    }

    private static Client newClient(String id, String name) {
        return newClient(id, name, new BigDecimal("35.00"));
    }

    private static Client newClient(String id, String name, BigDecimal value) {
        return new Client(id, name, "5511987654321", "IPTV", value, LocalDate.of(2026, 12, 10), null, null, "", "", null,
                "", "", true, true, null, false);
    }
}
