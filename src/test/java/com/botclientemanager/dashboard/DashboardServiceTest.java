package com.botclientemanager.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import com.botclientemanager.App;
import com.botclientemanager.clients.Client;
import com.botclientemanager.clients.ClientDirectory;
import com.botclientemanager.clients.PaymentMethod;
import com.botclientemanager.clients.PaymentRequest;
import com.botclientemanager.clients.PaymentService;
import com.botclientemanager.testing.MutableClock;
import com.botclientemanager.testing.RunningAppTest;
import com.botclientemanager.reminders.PlannedReminder;
import com.botclientemanager.whatsapp.MessageFilter;
import com.botclientemanager.whatsapp.MessageLog;
import com.botclientemanager.whatsapp.MessageLogLinks;
import com.botclientemanager.whatsapp.MessagingService;
import com.botclientemanager.whatsapp.SendRequest;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The figures for a known data set on the last day of a month in São Paulo (while UTC is already the next day), on the
 * real stores: clients in the local files, messages in the H2 message log.
 */
@SpringBootTest(classes = {App.class, DashboardServiceTest.TestClock.class})
@DirtiesContext
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DashboardServiceTest {

    /** 2026-11-30 22:30 in São Paulo = 2026-12-01 01:30 UTC. */
    static final MutableClock CLOCK = new MutableClock(Instant.parse("2026-12-01T01:30:00Z"));
    /** 30/11 18:00 in São Paulo, after going live. */
    static final java.time.OffsetDateTime LIVE = java.time.OffsetDateTime.parse("2026-11-30T21:00:00Z");

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
        String dataDir = Files.createTempDirectory("bcm-dashboard").toString();
        registry.add("app.data-dir", () -> dataDir);
        registry.add("app.admin.password", () -> RunningAppTest.PASSWORD);
        registry.add("jobrunr.dashboard.enabled", () -> false);
        registry.add("jobrunr.background-job-server.enabled", () -> false);
    }

    @Autowired
    ClientDirectory clients;
    @Autowired
    MessagingService messaging;
    @Autowired
    DashboardService dashboard;
    @Autowired
    PaymentService payments;
    @Autowired
    MessageLog log;
    @Autowired
    StatusLineService statusLine;
    @Autowired
    JdbcClient jdbc;

    @Test
    @Order(1)
    void figuresForAKnownDataSet() {
        LocalDate today = LocalDate.of(2026, 11, 30);
        clients.saveAll(List.of(
                client("a", "IPTV", "35.00", today.minusDays(5), true),      // overdue
                client("b", "VPN", "20.00", today.minusDays(1), true),       // overdue
                client("c", "iptv", "35.00", today, true),                   // due today, this month
                client("d", "IPTV", "40.00", today.plusDays(1), true),       // due soon, next month (1 Dec)
                client("e", "Netflix", "15.00", today.plusDays(3), true),    // due soon, other service
                client("f", "IPTV", "99.00", today.plusDays(4), true),       // later
                client("g", "IPTV", "50.00", today.minusDays(2), false)));   // inactive: counts nowhere
        messaging.send(SendRequest.text("a", "Cliente a", "5511999990001", "due_day", "oi", null));
        messaging.send(SendRequest.text("b", "Cliente b", "5511999990002", "due_day", "oi", null));
        messaging.send(SendRequest.text("b", "Cliente b", "not-a-phone", "manual", "oi", null));
        CLOCK.set(Instant.parse("2026-11-30T02:00:00Z")); // 29/11 23:00 in São Paulo: yesterday
        messaging.send(SendRequest.text("c", "Cliente c", "5511999990003", "before_due", "oi", null));
        CLOCK.set(Instant.parse("2026-12-01T01:30:00Z"));
        // after going live the same day: one reminder really went out and was delivered
        jdbc.sql("INSERT INTO wa_message (reminder_key, client_id, client_name, phone, kind, body, provider, status, "
                + "attempts, created_at, updated_at) VALUES ('live-d', 'd', 'Cliente d', '5511999990004', 'before_due', "
                + "'oi', 'CLOUD', 'DELIVERED', 1, ?, ?)").params(LIVE, LIVE).update();
        payments.markPaid("c", new PaymentRequest(today, new BigDecimal("35.00"), PaymentMethod.PIX, null));
        payments.markPaid("d", new PaymentRequest(today, new BigDecimal("40.00"), PaymentMethod.CASH, null));
        payments.markPaid("b", new PaymentRequest(today.minusMonths(1), new BigDecimal("20.00"), PaymentMethod.PIX, null));
        payments.undoLastPayment("d");

        DashboardFigures figures = dashboard.figures();

        assertThat(figures.today()).isEqualTo(today);
        assertThat(figures.activeClients()).isEqualTo(6);
        assertThat(figures.overdue()).as("a; b paid, so its due date moved on").isEqualTo(1);
        assertThat(figures.overdueAmount()).isEqualByComparingTo("35.00");
        assertThat(figures.dueToday()).as("c paid: its due date moved on").isZero();
        assertThat(figures.dueSoon()).isEqualTo(2);
        assertThat(figures.expectedThisMonth()).as("a 25/11 + c's paid period 30/11 + b's paid period 29/11")
                .isEqualByComparingTo("90.00");
        assertThat(figures.receivedThisMonth()).as("c paid today; d's payment undone; b paid in October")
                .isEqualByComparingTo("35.00");
        assertThat(figures.clientsByService()).containsEntry("IPTV", 4).containsEntry("VPN", 1).containsEntry("OTHER", 1);
        assertThat(figures.dueNext30Days().get(1)).as("d").isEqualTo(1);
        assertThat(figures.dueNext30Days().get(3)).as("e").isEqualTo(1);
        assertThat(figures.dueNext30Days().get(4)).as("f").isEqualTo(1);
        assertThat(figures.dueNext30Days().get(29)).as("b renewed to 29/12 (c to 30/12 is outside)").isEqualTo(1);
        assertThat(figures.revenueByMonth()).hasSize(12);
        assertThat(figures.revenueByMonth().get(11).month()).isEqualTo(YearMonth.of(2026, 11));
        assertThat(figures.revenueByMonth().get(11).expected()).isEqualByComparingTo("90.00");
        assertThat(figures.revenueByMonth().get(10).month()).isEqualTo(YearMonth.of(2026, 10));
        assertThat(figures.revenueByMonth().get(10).received()).isEqualByComparingTo("20.00");

        assertThat(figures.messagesSentToday()).as("the delivered one; a's and b's were only simulated").isEqualTo(1);
        assertThat(figures.messagesSimulatedToday()).isEqualTo(2);
        assertThat(figures.messagesFailedToday()).isEqualTo(1);
        assertThat(figures.messagesByDay()).hasSize(14);
        assertThat(figures.messagesByDay().get(13).day()).isEqualTo(today);
        assertThat(figures.messagesByDay().get(13).simulated()).isEqualTo(2);
        assertThat(figures.messagesByDay().get(13).delivered()).isEqualTo(1);
        assertThat(figures.messagesByDay().get(12).simulated()).isEqualTo(1);
    }

    @Test
    @Order(2)
    void theMessageCardsCountWhatTheirFilteredLogShows() {
        messaging.send(SendRequest.text("h", "Cliente h", "also-not-a-phone", "manual", "oi", null));
        CLOCK.set(Instant.parse("2026-11-30T02:30:00Z")); // 29/11 in São Paulo, 30/11 in UTC: not today
        messaging.send(SendRequest.text("h", "Cliente h", "still-not-a-phone", "manual", "oi", null));
        CLOCK.set(Instant.parse("2026-12-01T01:30:00Z"));

        DashboardFigures figures = dashboard.figures();
        LocalDate today = MessageLogLinks.day(MessageLogLinks.TODAY, log.today()).orElseThrow();
        int failed = log.count(new MessageFilter(MessageLogLinks.statuses(MessageLogLinks.FAILED), today, today, null,
                null, log.zone()));
        int sent = log.count(new MessageFilter(MessageLogLinks.statuses(MessageLogLinks.SENT), today, today, null, null,
                log.zone()));

        assertThat(today).as("30/11 in São Paulo while UTC is 01/12").isEqualTo(LocalDate.of(2026, 11, 30));
        assertThat(failed).isEqualTo(figures.messagesFailedToday()).isEqualTo(2);
        assertThat(sent).as("the simulated ones are not in the list either").isEqualTo(figures.messagesSentToday())
                .isEqualTo(1);
        assertThat(log.find(new MessageFilter(MessageLogLinks.statuses("failed"), today, today, null, null, log.zone()),
                0, 50)).allSatisfy(m -> assertThat(m.status().name()).isEqualTo("FAILED"));
    }

    @Test
    void linkParametersThatMeanNothingAreIgnored() {
        LocalDate today = LocalDate.of(2026, 11, 30);
        assertThat(MessageLogLinks.statuses("sent")).extracting(Enum::name)
                .containsExactlyInAnyOrder("SENT", "DELIVERED", "READ");
        assertThat(MessageLogLinks.statuses(" Missed ")).extracting(Enum::name).containsExactly("MISSED");
        assertThat(MessageLogLinks.statuses("<script>")).isEmpty();
        assertThat(MessageLogLinks.statuses(null)).isEmpty();
        assertThat(MessageLogLinks.day("today", today)).contains(today);
        assertThat(MessageLogLinks.day("2026-11-27", today)).contains(LocalDate.of(2026, 11, 27));
        assertThat(MessageLogLinks.day("2026-02-30", today)).isEmpty();
        assertThat(MessageLogLinks.day("ontem", today)).isEmpty();
        assertThat(MessageLogLinks.day("", today)).isEmpty();
    }

    @Test
    @Order(3)
    void theNextReminderIsTheEarliestStillToGoOut() {
        // 22:30 in São Paulo: today's sending hours are over; tomorrow "Cliente i" is due at 08:15, before the others' 09:00
        clients.save(new Client("i", "Cliente i", "5511999990009", "IPTV", new BigDecimal("30.00"),
                LocalDate.of(2026, 12, 1), null, LocalTime.of(8, 15), "", "", LocalDateTime.of(2026, 1, 1, 10, 0), null,
                null, true, true, null, false));

        PlannedReminder next = statusLine.nextReminder().orElseThrow();

        assertThat(next.clientName()).isEqualTo("Cliente i");
        assertThat(next.sendAt()).isEqualTo(ZonedDateTime.of(2026, 12, 1, 8, 15, 0, 0, ZoneId.of("America/Sao_Paulo")));

        CLOCK.set(Instant.parse("2026-12-01T11:20:00Z")); // 08:20 there: Cliente i's reminder time has passed
        try {
            assertThat(statusLine.nextReminder()).map(PlannedReminder::clientName).isNotEqualTo(java.util.Optional.of("Cliente i"));
            assertThat(statusLine.nextReminder().orElseThrow().sendAt().toInstant()).isAfter(CLOCK.instant());
        } finally {
            CLOCK.set(Instant.parse("2026-12-01T01:30:00Z"));
        }
        clients.save(clients.find("i").orElseThrow().withActive(false));
    }

    @Test
    @Order(4)
    void paymentsCountInTheMonthTheyWereMadeOverTwelveMonths() {
        clients.saveAll(List.of(client("p1", "IPTV", "10.00", LocalDate.of(2026, 11, 5), false),
                client("p2", "IPTV", "10.00", LocalDate.of(2026, 10, 5), false),
                client("p3", "IPTV", "10.00", LocalDate.of(2025, 12, 5), false),
                client("p4", "IPTV", "10.00", LocalDate.of(2025, 11, 5), false)));
        DashboardFigures before = dashboard.figures();

        payments.markPaid("p1", new PaymentRequest(LocalDate.of(2026, 11, 1), new BigDecimal("11.00"), PaymentMethod.PIX, null));
        payments.markPaid("p2", new PaymentRequest(LocalDate.of(2026, 10, 31), new BigDecimal("12.00"), PaymentMethod.PIX, null));
        payments.markPaid("p3", new PaymentRequest(LocalDate.of(2025, 12, 1), new BigDecimal("13.00"), PaymentMethod.PIX, null));
        payments.markPaid("p4", new PaymentRequest(LocalDate.of(2025, 11, 30), new BigDecimal("14.00"), PaymentMethod.PIX, null));
        payments.markPaid("p1", new PaymentRequest(LocalDate.of(2026, 11, 30), new BigDecimal("15.00"), PaymentMethod.PIX, null));
        payments.undoLastPayment("p1");
        DashboardFigures after = dashboard.figures();

        assertThat(after.revenueByMonth().get(0).month()).isEqualTo(YearMonth.of(2025, 12));
        assertThat(received(after, 11).subtract(received(before, 11))).as("1 Nov; the undone 30 Nov not")
                .isEqualByComparingTo("11.00");
        assertThat(received(after, 10).subtract(received(before, 10))).as("31 Oct").isEqualByComparingTo("12.00");
        assertThat(received(after, 0).subtract(received(before, 0))).as("1 Dec 2025, first of the 12 months")
                .isEqualByComparingTo("13.00");
        assertThat(after.revenueByMonth()).extracting(DashboardFigures.MonthRevenue::month)
                .doesNotContain(YearMonth.of(2025, 11));
        assertThat(after.receivedThisMonth().subtract(before.receivedThisMonth())).isEqualByComparingTo("11.00");
        assertThat(after.activeClients()).as("inactive clients count nowhere").isEqualTo(before.activeClients());
        assertThat(after.expectedThisMonth().subtract(before.expectedThisMonth()))
                .as("p1's paid period (5 Nov) is expected revenue of November, paid by an inactive client or not")
                .isEqualByComparingTo("11.00");
    }

    private static BigDecimal received(DashboardFigures figures, int index) {
        return figures.revenueByMonth().get(index).received();
    }

    static Client client(String id, String service, String value, LocalDate due, boolean active) {
        return new Client(id, "Cliente " + id, "5511999990000", service, new BigDecimal(value), due, null, null, "", "",
                LocalDateTime.of(2026, 1, 1, 10, 0), null, null, active, true, null, false);
    }
}
