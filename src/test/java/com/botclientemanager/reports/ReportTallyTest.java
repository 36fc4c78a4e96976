package com.botclientemanager.reports;

import static org.assertj.core.api.Assertions.assertThat;

import com.botclientemanager.clients.Client;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The renewal rate read in the morning of a due day: a client due today has not failed to renew yet. */
class ReportTallyTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 30);

    @Test
    void aClientDueTodayCountsOnlyOnceTheyPay() {
        List<Client> clients = List.of(
                client("due-today", TODAY),
                client("renewed", TODAY.plusMonths(1)), // was due today and paid this morning
                client("overdue", TODAY.minusDays(1)));
        ReportPeriod period = new ReportPeriod(TODAY, 12);
        ReportTally tally = new ReportTally(new ClientTable(clients, ReportFilter.lastYear()), period, 30);
        tally.paid("renewed", TODAY, 3500, TODAY);
        tally.countClients();

        MonthFigures november = tally.months().get(11);
        assertThat(november.dueClients()).as("renewed and overdue; due-today not until the day is over").isEqualTo(2);
        assertThat(november.renewedClients()).isEqualTo(1);
        assertThat(november.renewalRate()).isEqualByComparingTo("50.0");
    }

    @Test
    void aClientDueYesterdayWhoDidNotPayCountsAsNotRenewed() {
        ReportPeriod period = new ReportPeriod(TODAY, 12);
        ReportTally tally = new ReportTally(
                new ClientTable(List.of(client("overdue", TODAY.minusDays(1))), ReportFilter.lastYear()), period, 30);
        tally.countClients();

        assertThat(tally.months().get(11).renewalRate()).isEqualByComparingTo("0.0");
    }

    private static Client client(String id, LocalDate due) {
        return new Client(id, "Cliente " + id, "5511999990001", "IPTV", new BigDecimal("35.00"), due, null, null, "", "",
                LocalDateTime.of(2026, 1, 1, 9, 0), "Mensal", null, true, true, null, false);
    }
}
