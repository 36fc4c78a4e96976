package com.botclientemanager.reports;

import static org.assertj.core.api.Assertions.assertThat;

import com.botclientemanager.App;
import com.botclientemanager.clients.Client;
import com.botclientemanager.clients.ClientDirectory;
import com.botclientemanager.clients.ImportedRenewals;
import com.botclientemanager.clients.PaymentMethod;
import com.botclientemanager.clients.PaymentRequest;
import com.botclientemanager.clients.PaymentService;
import com.botclientemanager.testing.MutableClock;
import com.botclientemanager.testing.RunningAppTest;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The report figures for a hand-computed fixture on the real local files: today is 30/11/2026 22:30 in São Paulo (UTC is
 * already 01/12), one payment was recorded at 23:30 on 31/10 there (UTC 01/11), one was undone, one client comes with an
 * older bot's renewal that is not revenue. Months: index 11 is November 2026, 10 October, 9 September, 8 August.
 */
@SpringBootTest(classes = {App.class, ReportServiceTest.TestClock.class})
@DirtiesContext
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportServiceTest {

    static final MutableClock CLOCK = new MutableClock(Instant.parse("2026-12-01T01:30:00Z"));
    static final LocalDate TODAY = LocalDate.of(2026, 11, 30);

    @TestConfiguration
    static class TestClock {
        @Bean
        @Primary
        MutableClock testClock() {
            return CLOCK;
        }
    }

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) throws Exception {
        Path dataDir = Files.createTempDirectory("bcm-reports");
        // H: imported from the older bot with a renewal of R$ 99 in November, which is history, not revenue
        Files.writeString(dataDir.resolve("clients.json"), """
                {"clients": [{"id": "h", "name": "Cliente h", "phone": "5511999990008", "plan_type": "IPTV",
                  "value": 99.0, "plan_duration": "2027-01-15", "created_at": "2025-01-01T10:00:00", "plan_name": "Mensal",
                  "renewal_history": [{"date": "2026-11-10T10:00:00", "days_added": 30,
                    "previous_expiration": "2026-11-15", "new_expiration": "2026-12-15", "value": 99.0}]}]}
                """);
        registry.add("app.data-dir", dataDir::toString);
        registry.add("app.admin.password", () -> RunningAppTest.PASSWORD);
        registry.add("jobrunr.dashboard.enabled", () -> false);
        registry.add("jobrunr.background-job-server.enabled", () -> false);
    }

    @Autowired
    ClientDirectory clients;
    @Autowired
    PaymentService payments;
    @Autowired
    ImportedRenewals imported;
    @Autowired
    ReportService reports;

    @BeforeAll
    void fixture() {
        clients.saveAll(List.of(
                client("a", "IPTV", "Mensal", "35.00", "2026-10-10", true, "2026-10-05T09:00"),
                client("b", "VPN", "Anual", "20.00", "2026-11-05", true, "2025-11-20T09:00"),
                client("c", "IPTV", "Mensal", "40.00", "2026-12-15", true, "2026-11-30T22:00"),
                client("d", "Netflix", null, "15.00", "2026-09-20", true, "2026-01-10T09:00"),
                client("e", "IPTV", "Mensal", "50.00", "2026-08-01", false, "2025-06-01T09:00"),
                client("f", "VPN", "Anual", "25.00", "2026-10-31", true, "2026-03-03T09:00"),
                client("g", "IPTV", "Mensal", "30.00", "2026-11-20", true, "2026-11-01T00:10")));
        pay("2026-10-09T13:00:00Z", "a", "2026-10-09", "35.00");   // due 10/10 -> 10/11
        pay("2026-11-01T02:30:00Z", "f", "2026-10-31", "25.00");   // 31/10 23:30 in São Paulo; due 31/10 -> 30/11
        pay("2026-11-12T13:00:00Z", "a", "2026-11-12", "35.00");   // due 10/11 -> 10/12
        pay("2026-11-18T13:00:00Z", "g", "2026-11-18", "30.00");
        payments.undoLastPayment("g");                               // due back to 20/11
        CLOCK.set(Instant.parse("2026-12-01T01:30:00Z"));
        assertThat(imported.of("h")).hasSize(1);
    }

    @Test
    void revenueRenewalsAndClientsOfTheLastTwelveMonths() {
        ReportFigures figures = reports.figures(ReportFilter.lastYear());

        assertThat(figures.today()).isEqualTo(TODAY);
        assertThat(figures.months()).hasSize(12);
        assertThat(figures.months().get(0).month()).isEqualTo(YearMonth.of(2025, 12));
        MonthFigures november = figures.months().get(11);
        MonthFigures october = figures.months().get(10);
        assertThat(november.received()).as("a's 12/11; g's undone; h's older renewal is not revenue")
                .isEqualByComparingTo("35.00");
        assertThat(october.received()).as("a 09/10 + f at 23:30 on 31/10 in São Paulo").isEqualByComparingTo("60.00");
        assertThat(october.receivedByService()).containsEntry("IPTV", new BigDecimal("35.00"))
                .containsEntry("VPN", new BigDecimal("25.00")).containsEntry("OTHER", new BigDecimal("0.00"));
        assertThat(figures.received()).isEqualByComparingTo("95.00");
        assertThat(november.renewals()).isEqualTo(1);
        assertThat(october.renewals()).isEqualTo(2);
        assertThat(figures.receivedByPlan()).containsExactly(java.util.Map.entry("Mensal", new BigDecimal("70.00")),
                java.util.Map.entry("Anual", new BigDecimal("25.00")));
        assertThat(figures.expectedNext30Days()).as("f 30/11 (today), a 10/12, c 15/12; h 15/01 is too far")
                .isEqualByComparingTo("100.00");
        assertThat(figures.expectedClients()).isEqualTo(3);
        assertThat(november.newClients()).as("c at 22:00 on 30/11, g at 00:10 on 01/11").isEqualTo(2);
        assertThat(figures.newClients()).as("+ a (Oct), f (Mar), d (Jan); b was created 11/2025").isEqualTo(5);
        assertThat(figures.months().get(9).churned()).isZero();
        assertThat(october.churned()).as("d: 30 days after 20/09 is 20/10").isEqualTo(1);
        assertThat(figures.months().get(8).churned()).as("e: inactive, did not renew 01/08").isEqualTo(1);
        assertThat(figures.churned()).as("b is 25 days late, g 10: not lost yet").isEqualTo(2);
        assertThat(figures.payingClients()).isEqualTo(2);
        assertThat(figures.averagePerClient()).as("95.00 / a and f").isEqualByComparingTo("47.50");
        assertThat(figures.plans()).containsExactly("Anual", "Mensal");
    }

    @Test
    void renewalRateIsWhoPaidForADueDateOfTheMonthOverWhoWasDue() {
        ReportFigures figures = reports.figures(ReportFilter.lastYear());

        MonthFigures november = figures.months().get(11);
        assertThat(november.dueClients()).as("a (paid), b, g (payment undone); f is due today, not late yet").isEqualTo(3);
        assertThat(november.renewedClients()).isEqualTo(1);
        assertThat(november.renewalRate()).isEqualByComparingTo("33.3");
        assertThat(figures.months().get(10).renewalRate()).as("a and f paid their October due dates")
                .isEqualByComparingTo("100.0");
        assertThat(figures.months().get(9).renewalRate()).as("d").isEqualByComparingTo("0.0");
        assertThat(figures.months().get(0).renewalRate()).as("nobody due").isNull();
        assertThat(figures.renewalRate()).as("3 renewed of 7 due (Aug e, Sep d, Oct a f, Nov a b g)")
                .isEqualByComparingTo("42.9");

        ReportList dues = reports.list(ReportFilter.lastYear(),
                ReportSelection.of(ReportFigure.RENEWAL_RATE).inMonth(YearMonth.of(2026, 11)));
        assertThat(dues.total()).isEqualTo(november.dueClients());
        assertThat(dues.lines()).filteredOn(ReportLine::paid).extracting(ReportLine::clientId).containsExactly("a");
    }

    @Test
    void filtersByServiceAndPlan() {
        ReportFigures vpn = reports.figures(ReportFilter.lastYear().withService("vpn"));
        assertThat(vpn.received()).isEqualByComparingTo("25.00");
        assertThat(vpn.newClients()).as("f; b before the 12 months").isEqualTo(1);
        assertThat(vpn.months().get(11).renewalRate()).as("b unpaid; f due today").isEqualByComparingTo("0.0");

        ReportFigures twoYears = reports.figures(new ReportFilter(24, "VPN", null));
        assertThat(twoYears.newClients()).isEqualTo(2);

        ReportFigures mensal = reports.figures(ReportFilter.lastYear().withPlan("Mensal"));
        assertThat(mensal.received()).isEqualByComparingTo("70.00");
        assertThat(mensal.churned()).as("e").isEqualTo(1);
        ReportFigures noPlan = reports.figures(ReportFilter.lastYear().withPlan(ReportFilter.NO_PLAN));
        assertThat(noPlan.churned()).as("d").isEqualTo(1);
        assertThat(noPlan.received()).isEqualByComparingTo("0.00");
    }

    @Test
    void everyFigureOpensTheListBehindIt() {
        ReportFilter all = ReportFilter.lastYear();
        ReportList october = reports.list(all, ReportSelection.of(ReportFigure.RECEIVED).inMonth(YearMonth.of(2026, 10)));
        assertThat(october.lines()).extracting(ReportLine::clientId).containsExactly("f", "a");
        assertThat(october.sum()).isEqualByComparingTo("60.00");
        assertThat(reports.list(all, ReportSelection.of(ReportFigure.RECEIVED)).total()).isEqualTo(3);
        assertThat(reports.list(all, new ReportSelection(ReportFigure.RECEIVED, null, null, "Anual")).sum())
                .isEqualByComparingTo("25.00");
        assertThat(reports.list(all, ReportSelection.of(ReportFigure.EXPECTED)).lines()).extracting(ReportLine::clientId)
                .containsExactly("f", "a", "c");
        assertThat(reports.list(all, ReportSelection.of(ReportFigure.NEW_CLIENTS)).total()).isEqualTo(5);
        assertThat(reports.list(all, ReportSelection.of(ReportFigure.CHURN)).lines()).extracting(ReportLine::clientId)
                .containsExactly("d", "e");
        ReportList average = reports.list(all, ReportSelection.of(ReportFigure.AVERAGE));
        assertThat(average.lines()).extracting(ReportLine::clientId, ReportLine::amount)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("a", new BigDecimal("70.00")),
                        org.assertj.core.groups.Tuple.tuple("f", new BigDecimal("25.00")));
    }

    @Test
    void filterValuesThatMeanNothingAreRefused() {
        org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
                .isThrownBy(() -> new ReportFilter(13, null, null));
        org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
                .isThrownBy(() -> ReportFilter.lastYear().withService("<script>"));
    }

    private void pay(String instant, String clientId, String date, String amount) {
        CLOCK.set(Instant.parse(instant));
        payments.markPaid(clientId, new PaymentRequest(LocalDate.parse(date), new BigDecimal(amount), PaymentMethod.PIX, null));
    }

    private static Client client(String id, String service, String plan, String value, String due, boolean active,
            String created) {
        return new Client(id, "Cliente " + id, "55119999900" + (10 + id.charAt(0) - 'a'), service, new BigDecimal(value),
                LocalDate.parse(due), null, null, "", "", LocalDateTime.parse(created), plan, null, active, true, null,
                false);
    }
}
