package com.botclientemanager.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.botclientemanager.clients.Client;
import com.botclientemanager.clients.ClientCalendar;
import com.botclientemanager.clients.ClientDirectory;
import com.botclientemanager.clients.ClientFilter;
import com.botclientemanager.clients.ClientQuery;
import com.botclientemanager.clients.ClientsProperties;
import com.botclientemanager.storage.DataDirectory;
import com.botclientemanager.storage.StorageProperties;
import com.botclientemanager.storage.internal.LocalDocumentStore;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.Period;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Server time of the client grid's data provider over 100k clients: the first page (count + first 50 rows in the
 * default urgency order) and a search, each on a cold cache (a new query object, as after a change to the clients).
 */
@Tag(Bench.TAG)
class ClientsGridBench {

    private static final String[] FIRST = {"João", "Maria", "José", "Ana", "Antônio", "Francisca", "Carlos", "Paula",
            "Lucas", "Luíza", "Pedro", "Beatriz", "Rafael", "Camila", "Tiago", "Fernanda"};
    private static final String[] LAST = {"Silva", "Santos", "Oliveira", "Souza", "Rodrigues", "Ferreira", "Alves",
            "Pereira", "Lima", "Gomes", "Conceição", "Ribeiro", "Araújo", "Carvalho"};

    @TempDir
    Path dataDir;

    @Test
    void gridFirstPageAndSearchOver100kClients() throws Exception {
        LocalDate today = LocalDate.of(2026, 3, 10);
        ZoneId zone = ZoneId.of("America/Sao_Paulo");
        ClientCalendar calendar = new ClientCalendar(Clock.fixed(today.atTime(12, 0).atZone(zone).toInstant(), zone));
        try (DataDirectory data = new DataDirectory(new StorageProperties(dataDir, null))) {
            ClientDirectory directory = new ClientDirectory(new LocalDocumentStore(data, Clock.systemUTC()), e -> { });
            Random random = new Random(42);
            List<Client> clients = new ArrayList<>(100_000);
            for (int i = 0; i < 100_000; i++) {
                String name = FIRST[random.nextInt(FIRST.length)] + " " + LAST[random.nextInt(LAST.length)] + " " + i;
                clients.add(new Client("id-" + i, name, "55119" + (10_000_000 + i), i % 3 == 0 ? "VPN" : "IPTV",
                        BigDecimal.valueOf(20 + random.nextInt(40)), today.plusDays(random.nextInt(120) - 60),
                        LocalTime.of(9, 0), LocalTime.of(9, 0), "", "", LocalDateTime.of(2025, 1, 1, 0, 0),
                        "Plano " + (i % 7), "", i % 10 != 0, true, Period.ofMonths(1), false));
            }
            directory.saveAll(clients);
            directory.reload();
            ClientsProperties properties = ClientsProperties.defaults();
            ClientFilter search = ClientFilter.ALL.withText("conceicao 9");

            double page = Bench.bestMillis(3, 10, () -> {
                ClientQuery query = new ClientQuery(directory, calendar, properties);
                assertThat(query.count(ClientFilter.ALL)).isEqualTo(100_000);
                assertThat(query.page(ClientFilter.ALL, List.of(), 0, 50)).hasSize(50);
            });
            double found = Bench.bestMillis(3, 10, () -> {
                ClientQuery query = new ClientQuery(directory, calendar, properties);
                assertThat(query.count(search)).isPositive();
                assertThat(query.page(search, List.of(), 0, 50)).isNotEmpty();
            });
            Bench.report("grid_page_100k_ms", page, "ms");
            Bench.report("grid_search_100k_ms", found, "ms");
        }
    }
}
