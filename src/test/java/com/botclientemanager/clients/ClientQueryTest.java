package com.botclientemanager.clients;

import static org.assertj.core.api.Assertions.assertThat;

import com.botclientemanager.clients.ClientFilter.StatusFilter;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import java.nio.file.Path;

class ClientQueryTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 10);

    @TempDir
    Path dataDir;
    private ClientsFixture fixture;
    private ClientQuery query;

    @BeforeEach
    void start() {
        fixture = new ClientsFixture(dataDir, TODAY);
        query = fixture.query();
        Client vpn = ClientsFixture.client("Érica Vpn", "5511900000005", "50", TODAY.plusDays(20));
        fixture.directory.saveAll(List.of(
                ClientsFixture.client("Ana Atrasada", "5511900000001", "30", TODAY.minusDays(2)),
                ClientsFixture.client("Bruno Hoje", "5511900000002", "20", TODAY),
                ClientsFixture.client("Carla Breve", "5511900000003", "40", TODAY.plusDays(3)),
                ClientsFixture.client("Davi Longe", "5511900000004", "10", TODAY.plusDays(4)),
                new Client(vpn.id(), vpn.name(), vpn.phone(), "VPN", vpn.value(), vpn.dueDate(), null, null, "", "",
                        null, "Básico", "", true, true, null, false),
                ClientsFixture.client("Fábio Inativo", "5511900000006", "60", TODAY.minusDays(30)).withActive(false)));
    }

    @AfterEach
    void stop() throws Exception {
        fixture.close();
    }

    private List<String> names(ClientFilter filter, ClientSort... sorts) {
        return query.list(filter, List.of(sorts)).stream().map(Client::name).toList();
    }

    @Test
    void theDefaultOrderPutsTheMostUrgentFirst() {
        assertThat(names(ClientFilter.ALL)).containsExactly("Ana Atrasada", "Bruno Hoje", "Carla Breve", "Davi Longe",
                "Érica Vpn", "Fábio Inativo");
    }

    @Test
    void statusChipsFilterByTodaysStatusInTheRemindersZone() {
        assertThat(names(ClientFilter.ALL.withStatus(StatusFilter.OVERDUE))).containsExactly("Ana Atrasada");
        assertThat(names(ClientFilter.ALL.withStatus(StatusFilter.DUE_TODAY))).containsExactly("Bruno Hoje");
        assertThat(names(ClientFilter.ALL.withStatus(StatusFilter.DUE_SOON))).containsExactly("Carla Breve");
        assertThat(names(ClientFilter.ALL.withStatus(StatusFilter.INACTIVE))).containsExactly("Fábio Inativo");
        assertThat(names(ClientFilter.ALL.withService(ServiceType.VPN))).containsExactly("Érica Vpn");
        assertThat(query.count(ClientFilter.ALL.withService(ServiceType.IPTV))).isEqualTo(5);
    }

    @Test
    void searchIgnoresAccentsAndCaseAndMatchesPhoneAndPlan() {
        assertThat(names(ClientFilter.ALL.withText("ERICA"))).containsExactly("Érica Vpn");
        assertThat(names(ClientFilter.ALL.withText("fabio"))).containsExactly("Fábio Inativo");
        assertThat(names(ClientFilter.ALL.withText("900000003"))).containsExactly("Carla Breve");
        assertThat(names(ClientFilter.ALL.withText("basico"))).containsExactly("Érica Vpn");
    }

    @Test
    void aPhoneIsFoundHoweverItIsWritten() {
        for (String typed : List.of("+55 11 90000-0003", "(11) 90000-0003", "90000-0003", "11 90000 0003",
                "+55 (11) 90000-0003", "5511900000003", " 9 0000-0003 ")) {
            assertThat(names(ClientFilter.ALL.withText(typed))).as(typed).containsExactly("Carla Breve");
        }
        assertThat(names(ClientFilter.ALL.withText("carla 90000-0003"))).containsExactly("Carla Breve");
        assertThat(names(ClientFilter.ALL.withText("ana 90000-0003"))).isEmpty();
        assertThat(names(ClientFilter.ALL.withText("(21) 90000-0003"))).isEmpty();
    }

    @Test
    void everyColumnSortsBothWaysAndPagesAreSlicesOfTheOrder() {
        assertThat(names(ClientFilter.ALL, new ClientSort(ClientSort.Field.NAME, false)).getFirst()).isEqualTo("Fábio Inativo");
        assertThat(names(ClientFilter.ALL, new ClientSort(ClientSort.Field.NAME, true)).get(4)).isEqualTo("Érica Vpn");
        assertThat(names(ClientFilter.ALL, new ClientSort(ClientSort.Field.VALUE, true)).getFirst()).isEqualTo("Davi Longe");
        assertThat(names(ClientFilter.ALL, new ClientSort(ClientSort.Field.DUE_DATE, false)).getFirst()).isEqualTo("Érica Vpn");
        assertThat(names(ClientFilter.ALL, new ClientSort(ClientSort.Field.SERVICE, false)).getFirst()).isEqualTo("Érica Vpn");
        for (ClientSort.Field field : ClientSort.Field.values()) {
            assertThat(query.list(ClientFilter.ALL, List.of(new ClientSort(field, true)))).hasSize(6);
        }
        List<Client> all = query.list(ClientFilter.ALL, List.of());
        assertThat(query.page(ClientFilter.ALL, List.of(), 2, 3)).isEqualTo(all.subList(2, 5));
        assertThat(query.page(ClientFilter.ALL, List.of(), 5, 50)).isEqualTo(all.subList(5, 6));
    }

    @Test
    void theListFollowsChangesToTheClients() {
        assertThat(query.count(ClientFilter.ALL)).isEqualTo(6);
        Client ana = query.list(ClientFilter.ALL, List.of()).getFirst();
        fixture.directory.delete(ana.id());
        fixture.events.stream().filter(ClientsChanged.class::isInstance).map(ClientsChanged.class::cast)
                .forEach(query::clientsChanged);
        assertThat(query.count(ClientFilter.ALL)).isEqualTo(5);
    }

    @Test
    void sortingIgnoresAccentsAndCase() {
        assertThat(ClientQuery.sortText(" Érica Conceição ")).isEqualTo("erica conceicao");
        assertThat(ClientQuery.sortText("ÂNGELA Müller Ñandú")).isEqualTo("angela muller nandu");
        assertThat(ClientQuery.sortText("Łukasz")).isEqualTo("łukasz");
        assertThat(ClientQuery.sortText("Ǆemal ắ")).isEqualTo("ǆemal a");
    }
}
