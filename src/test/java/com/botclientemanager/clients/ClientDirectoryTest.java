package com.botclientemanager.clients;

import static org.assertj.core.api.Assertions.assertThat;

import com.botclientemanager.storage.DataDirectory;
import com.botclientemanager.storage.StorageProperties;
import com.botclientemanager.storage.internal.LocalDocumentStore;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.DeserializationFeature;

class ClientDirectoryTest {

    static final String SEED = """
            {
              "clients": [
                {
                  "id": "0b6f1c5e-2f0d-4a51-9d35-1f7e0c1b2a01",
                  "name": "João da Silva",
                  "phone": "5511999887766",
                  "plan_type": "IPTV",
                  "value": 29.90,
                  "plan_duration": "2025-08-02",
                  "reminder_time_3days": "09:00",
                  "reminder_time_payment": "10:00",
                  "custom_message_3days": "Olá {name}! 👋\\r\\nSeu plano vence em {expires_at} 🎉",
                  "custom_message_payment": "",
                  "created_at": "2025-07-02T17:43:16.412774",
                  "server": "UltraPlay",
                  "renewal_history": [{"date": "2025-07-02", "value": 29.9}],
                  "payment_status": "pending"
                },
                {
                  "id": "0b6f1c5e-2f0d-4a51-9d35-1f7e0c1b2a02",
                  "name": "Maria Santos",
                  "phone": "5521988776655",
                  "plan_type": "VPN",
                  "value": 35,
                  "plan_duration": "2025-08-05",
                  "reminder_time_3days": "08:30",
                  "reminder_time_payment": "11:15",
                  "custom_message_3days": "",
                  "custom_message_payment": "Oi {name}, vence hoje!",
                  "created_at": "2025-07-03T08:00:00"
                },
                {
                  "id": "0b6f1c5e-2f0d-4a51-9d35-1f7e0c1b2a03",
                  "name": "Cliente com dados ruins",
                  "phone": 5531977665544,
                  "plan_type": "IPTV",
                  "value": "29,90",
                  "plan_duration": "32/13/2025",
                  "reminder_time_3days": "",
                  "reminder_time_payment": "25:99",
                  "created_at": "ontem"
                },
                "not a client"
              ],
              "version": 3,
              "owner": {"name": "Revenda X"}
            }
            """;

    static final JsonMapper JSON = JsonMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();

    @TempDir
    Path dataDir;
    private DataDirectory directory;
    private final List<ClientsChanged> published = new ArrayList<>();

    private ClientDirectory clients() {
        directory = new DataDirectory(new StorageProperties(dataDir, null));
        return new ClientDirectory(new LocalDocumentStore(directory, Clock.systemUTC()), e -> published.add((ClientsChanged) e));
    }

    @AfterEach
    void releaseLock() throws Exception {
        if (directory != null) {
            directory.close();
        }
    }

    private void seed() throws Exception {
        Files.writeString(dataDir.resolve("clients.json"), SEED, StandardCharsets.UTF_8);
    }

    private JsonNode stored() throws Exception {
        return JSON.readTree(Files.readString(dataDir.resolve("clients.json"), StandardCharsets.UTF_8));
    }

    @Test
    void readsTheSeedFormat() throws Exception {
        seed();
        Client joao = clients().find("0b6f1c5e-2f0d-4a51-9d35-1f7e0c1b2a01").orElseThrow();
        assertThat(joao.name()).isEqualTo("João da Silva");
        assertThat(joao.value()).isEqualByComparingTo("29.90");
        assertThat(joao.dueDate()).isEqualTo(LocalDate.of(2025, 8, 2));
        assertThat(joao.reminderTimeBeforeDue()).isEqualTo(LocalTime.of(9, 0));
        assertThat(joao.customMessageBeforeDue()).isEqualTo("Olá {name}! 👋\r\nSeu plano vence em {expires_at} 🎉");
        assertThat(joao.createdAt()).isEqualTo(LocalDateTime.of(2025, 7, 2, 17, 43, 16, 412_774_000));
        assertThat(joao.active()).isTrue();
        assertThat(joao.remindersEnabled()).isTrue();
    }

    @Test
    void aClientWithBadValuesIsStillListedWithWhatCouldBeRead() throws Exception {
        seed();
        ClientDirectory clients = clients();
        assertThat(clients.count()).isEqualTo(3);
        Client bad = clients.find("0b6f1c5e-2f0d-4a51-9d35-1f7e0c1b2a03").orElseThrow();
        assertThat(bad.value()).isEqualByComparingTo("29.90");
        assertThat(bad.phone()).isEqualTo("5531977665544");
        assertThat(bad.dueDate()).isNull();
        assertThat(bad.reminderTimeBeforeDue()).isNull();
        assertThat(bad.reminderTimeDueDay()).isNull();
        assertThat(bad.createdAt()).isNull();
    }

    @Test
    void loadAndSaveKeepsEveryValueOfTheFile() throws Exception {
        seed();
        JsonNode before = stored();
        ClientDirectory clients = clients();
        clients.saveAll(clients.all());
        assertThat(stored()).isEqualTo(before);
        for (Client client : clients.all()) {
            clients.save(client);
        }
        assertThat(stored()).isEqualTo(before);
    }

    @Test
    void anEditChangesOnlyItsFieldsAndKeepsUnknownOnesAndSeedTypes() throws Exception {
        seed();
        ClientDirectory clients = clients();
        Client joao = clients.find("0b6f1c5e-2f0d-4a51-9d35-1f7e0c1b2a01").orElseThrow();
        clients.save(joao.withValue(new BigDecimal("34.90")).withDueDate(LocalDate.of(2025, 9, 2)).withActive(false));
        Client bad = clients.find("0b6f1c5e-2f0d-4a51-9d35-1f7e0c1b2a03").orElseThrow();
        clients.save(bad.withName("Cliente corrigido"));

        JsonNode file = stored();
        assertThat(file.get("version").asInt()).isEqualTo(3);
        assertThat(file.get("owner").get("name").asString()).isEqualTo("Revenda X");
        assertThat(file.get("clients").get(3).asString()).isEqualTo("not a client");
        JsonNode written = file.get("clients").get(0);
        assertThat(written.get("value").isNumber()).isTrue();
        assertThat(written.get("value").decimalValue()).isEqualByComparingTo("34.90");
        assertThat(written.get("plan_duration").asString()).isEqualTo("2025-09-02");
        assertThat(written.get("active").asBoolean()).isFalse();
        assertThat(written.get("server").asString()).isEqualTo("UltraPlay");
        assertThat(written.get("renewal_history").get(0).get("value").decimalValue()).isEqualByComparingTo("29.9");
        assertThat(written.get("created_at").asString()).isEqualTo("2025-07-02T17:43:16.412774");
        JsonNode corrected = file.get("clients").get(2);
        assertThat(corrected.get("name").asString()).isEqualTo("Cliente corrigido");
        assertThat(corrected.get("plan_duration").asString()).isEqualTo("32/13/2025");
        assertThat(corrected.get("value").asString()).isEqualTo("29,90");
        assertThat(corrected.get("created_at").asString()).isEqualTo("ontem");
    }

    @Test
    void aNewClientIsWrittenWithEverySeedFieldInTheSeedTypes() throws Exception {
        ClientDirectory clients = clients();
        String id = UUID.randomUUID().toString();
        clients.save(new Client(id, "Ana", "5511988887777", "IPTV", new BigDecimal("25.00"), LocalDate.of(2025, 10, 1),
                null, LocalTime.of(8, 5), "", "Oi {name}", LocalDateTime.of(2025, 9, 1, 12, 0), "Mensal 4 telas", null,
                true, true, Period.ofMonths(3), false));
        JsonNode node = stored().get("clients").get(0);
        assertThat(node.get("id").asString()).isEqualTo(id);
        assertThat(node.get("value").isNumber()).isTrue();
        assertThat(node.get("plan_duration").asString()).isEqualTo("2025-10-01");
        assertThat(node.get("reminder_time_3days").asString()).isEqualTo("09:00");
        assertThat(node.get("reminder_time_payment").asString()).isEqualTo("08:05");
        assertThat(node.get("custom_message_3days").asString()).isEmpty();
        assertThat(node.get("created_at").asString()).isEqualTo("2025-09-01T12:00:00.000000");
        assertThat(node.get("plan_name").asString()).isEqualTo("Mensal 4 telas");
        assertThat(node.get("renewal_period_months").asInt()).isEqualTo(3);
        assertThat(clients.find(id).orElseThrow().renewalPeriod()).isEqualTo(Period.ofMonths(3));
    }

    @Test
    void aClientStoredWithoutAnIdKeepsTheIdItWasListedWithWhenEdited() throws Exception {
        Files.writeString(dataDir.resolve("clients.json"), "{\"clients\":[{\"name\":\"Sem Id\",\"value\":10},"
                + "{\"id\":\"b\",\"name\":\"Bia\"}]}");
        ClientDirectory clients = clients();
        Client noId = clients.search("sem id").getFirst();
        clients.save(noId.withName("Com Id"));
        assertThat(clients.find(noId.id())).map(Client::name).contains("Com Id");
        assertThat(clients.all()).extracting(Client::name).containsExactly("Com Id", "Bia");
        assertThat(stored().get("clients").get(0).get("id").asString()).isEqualTo(noId.id());
        directory.close();
        assertThat(clients().find(noId.id())).isPresent();
    }

    @Test
    void searchIgnoresAccentsAndCaseAndMatchesPhoneAndPlan() throws Exception {
        seed();
        ClientDirectory clients = clients();
        assertThat(clients.search("joao")).extracting(Client::name).containsExactly("João da Silva");
        assertThat(clients.search("SILVA iptv")).extracting(Client::name).containsExactly("João da Silva");
        assertThat(clients.search("21 98877")).extracting(Client::name).containsExactly("Maria Santos");
        assertThat(clients.search("vpn")).extracting(Client::name).containsExactly("Maria Santos");
        assertThat(clients.search("  ")).hasSize(3);
        assertThat(clients.search("ninguém")).isEmpty();
    }

    @Test
    void theIndexFollowsSavesAndDeletes() throws Exception {
        seed();
        ClientDirectory clients = clients();
        assertThat(clients.dueBetween(LocalDate.of(2025, 8, 1), LocalDate.of(2025, 8, 3)))
                .extracting(Client::name).containsExactly("João da Silva");
        Client maria = clients.find("0b6f1c5e-2f0d-4a51-9d35-1f7e0c1b2a02").orElseThrow();
        clients.save(maria.withDueDate(LocalDate.of(2025, 8, 1)).withName("Maria Souza"));
        assertThat(clients.dueBetween(LocalDate.of(2025, 8, 1), LocalDate.of(2025, 8, 3)))
                .extracting(Client::name).containsExactly("Maria Souza", "João da Silva");
        assertThat(clients.dueBetween(LocalDate.of(2025, 8, 4), LocalDate.of(2025, 8, 6))).isEmpty();
        assertThat(clients.search("santos")).isEmpty();
        clients.delete("0b6f1c5e-2f0d-4a51-9d35-1f7e0c1b2a01");
        assertThat(clients.count()).isEqualTo(2);
        assertThat(clients.search("joao")).isEmpty();
        assertThat(stored().get("clients")).hasSize(3);
        assertThat(published).hasSize(2);
        assertThat(published.getLast().clientIds()).containsExactly("0b6f1c5e-2f0d-4a51-9d35-1f7e0c1b2a01");

        directory.close();
        ClientDirectory reloaded = clients();
        assertThat(reloaded.all()).isEqualTo(clients.all());
    }
}
