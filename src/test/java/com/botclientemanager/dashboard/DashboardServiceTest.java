package com.botclientemanager.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import com.botclientemanager.clients.Client;
import com.botclientemanager.clients.ClientDirectory;
import com.botclientemanager.storage.DataDirectory;
import com.botclientemanager.storage.StorageProperties;
import com.botclientemanager.storage.internal.LocalDocumentStore;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The figures for a known set of clients, on the last day of a month (São Paulo time, while UTC is already tomorrow). */
class DashboardServiceTest {

    static final ZoneId SAO_PAULO = ZoneId.of("America/Sao_Paulo");
    /** 2026-11-30 22:30 in São Paulo = 2026-12-01 01:30 UTC. */
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-01T01:30:00Z"), SAO_PAULO);

    @TempDir
    java.nio.file.Path dataDir;
    private DataDirectory directory;
    private ClientDirectory clients;

    @BeforeEach
    void setUp() {
        directory = new DataDirectory(new StorageProperties(dataDir, new StorageProperties.Storage(StorageProperties.Type.LOCAL)));
        clients = new ClientDirectory(new LocalDocumentStore(directory, Clock.systemUTC()), e -> { });
    }

    @AfterEach
    void tearDown() throws Exception {
        directory.close();
    }

    @Test
    void figuresForAKnownSetOfClients() {
        LocalDate today = LocalDate.of(2026, 11, 30);
        clients.saveAll(List.of(
                client("a", "IPTV", "35.00", today.minusDays(5), true),      // overdue
                client("b", "VPN", "20.00", today.minusDays(1), true),       // overdue
                client("c", "iptv", "35.00", today, true),                   // due today, this month
                client("d", "IPTV", "40.00", today.plusDays(1), true),       // due soon, next month (1 Dec)
                client("e", "Netflix", "15.00", today.plusDays(3), true),    // due soon, other service
                client("f", "IPTV", "99.00", today.plusDays(4), true),       // later
                client("g", "IPTV", "50.00", today.minusDays(2), false)));   // inactive: counts nowhere

        DashboardFigures figures = new DashboardService(clients, CLOCK, SAO_PAULO).figures();

        assertThat(figures.today()).isEqualTo(today);
        assertThat(figures.activeClients()).isEqualTo(6);
        assertThat(figures.overdue()).isEqualTo(2);
        assertThat(figures.overdueAmount()).isEqualByComparingTo("55.00");
        assertThat(figures.dueToday()).isEqualTo(1);
        assertThat(figures.dueSoon()).isEqualTo(2);
        assertThat(figures.expectedThisMonth()).isEqualByComparingTo("90.00");
        assertThat(figures.clientsByService()).containsEntry("IPTV", 4).containsEntry("VPN", 1).containsEntry("OTHER", 1);
        assertThat(figures.dueNext30Days().get(0)).isEqualTo(1);
        assertThat(figures.dueNext30Days().get(1)).isEqualTo(1);
        assertThat(figures.dueNext30Days().get(3)).isEqualTo(1);
        assertThat(figures.dueNext30Days().stream().mapToInt(Integer::intValue).sum()).isEqualTo(4);
        assertThat(figures.revenueByMonth()).hasSize(12);
        assertThat(figures.revenueByMonth().get(11).month()).isEqualTo(YearMonth.of(2026, 11));
        assertThat(figures.revenueByMonth().get(11).expected()).isEqualByComparingTo("90.00");
        assertThat(figures.messagesByDay()).hasSize(14);
        assertThat(figures.messagesByDay().get(13).day()).isEqualTo(today);
    }

    static Client client(String id, String service, String value, LocalDate due, boolean active) {
        return new Client(id, "Cliente " + id, "5511999990000", service, new BigDecimal(value), due, null, null, "", "",
                LocalDateTime.of(2026, 1, 1, 10, 0), null, null, active, true, null, false);
    }
}
