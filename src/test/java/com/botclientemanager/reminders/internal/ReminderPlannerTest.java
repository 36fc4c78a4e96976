package com.botclientemanager.reminders.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.botclientemanager.clients.Client;
import com.botclientemanager.clients.ClientSettings;
import com.botclientemanager.clients.ClientSettingsService;
import com.botclientemanager.clients.ClientsProperties;
import com.botclientemanager.clients.ClientsProperties.RenewFrom;
import com.botclientemanager.reminders.ReminderProperties;
import com.botclientemanager.whatsapp.SendingSettingsService;
import com.botclientemanager.storage.DataDirectory;
import com.botclientemanager.storage.StorageProperties;
import com.botclientemanager.storage.internal.LocalDocumentStore;
import com.botclientemanager.whatsapp.Provider;
import com.botclientemanager.whatsapp.WhatsAppProperties;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Clock;
import com.botclientemanager.reminders.PlannedReminder;
import com.botclientemanager.reminders.ReminderKey;
import com.botclientemanager.templates.MessageTemplate;
import com.botclientemanager.templates.ServiceFilter;
import com.botclientemanager.templates.TemplateKind;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReminderPlannerTest {

    static final ZoneId SAO_PAULO = ZoneId.of("America/Sao_Paulo");
    static final MessageTemplate BEFORE = template("t-before", TemplateKind.BEFORE_DUE, ServiceFilter.ALL, -3);
    static final MessageTemplate DUE_DAY = template("t-day", TemplateKind.DUE_DAY, ServiceFilter.ALL, 0);
    static final MessageTemplate OVERDUE = template("t-over", TemplateKind.OVERDUE, ServiceFilter.ALL, 1);
    static final List<MessageTemplate> DEFAULTS = List.of(BEFORE, DUE_DAY, OVERDUE);

    private ReminderPlanner planner(Set<DayOfWeek> days) {
        return new ReminderPlanner(new SendingPolicy(SAO_PAULO, LocalTime.of(8, 0), LocalTime.of(21, 0), days),
                LocalTime.of(9, 0));
    }

    private List<PlannedReminder> plan(LocalDate day, List<MessageTemplate> templates, List<Client> clients) {
        return planner(EnumSet.allOf(DayOfWeek.class)).plan(day, templates,
                due -> clients.stream().filter(c -> due.equals(c.dueDate())).toList());
    }

    @Test
    void threeDaysBeforeAtTheClientsOwnTime() {
        Client maria = client("1", "Maria", LocalDate.of(2026, 12, 1), LocalTime.of(10, 30), LocalTime.of(14, 0));
        List<PlannedReminder> reminders = plan(LocalDate.of(2026, 11, 28), DEFAULTS, List.of(maria));
        assertThat(reminders).singleElement().satisfies(r -> {
            assertThat(r.kind()).isEqualTo("before_due");
            assertThat(r.offsetDays()).isEqualTo(-3);
            assertThat(r.sendAt()).isEqualTo(ZonedDateTime.of(2026, 11, 28, 10, 30, 0, 0, SAO_PAULO));
            assertThat(r.key()).isEqualTo(ReminderKey.of("1", LocalDate.of(2026, 12, 1), "before_due", -3));
        });
    }

    @Test
    void dueDayAndOverdueUseThePaymentTimeAndTheDefaultWhenUnset() {
        Client ana = client("1", "Ana", LocalDate.of(2026, 11, 28), null, LocalTime.of(18, 0));
        Client bia = client("2", "Bia", LocalDate.of(2026, 11, 27), null, null);
        List<PlannedReminder> reminders = plan(LocalDate.of(2026, 11, 28), DEFAULTS, List.of(ana, bia));
        assertThat(reminders).extracting(PlannedReminder::clientName, PlannedReminder::kind, r -> r.sendAt().toLocalTime())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Bia", "overdue", LocalTime.of(9, 0)),
                        org.assertj.core.groups.Tuple.tuple("Ana", "due_day", LocalTime.of(18, 0)));
    }

    @Test
    void theEngineTakesTheDefaultTimeTheResellerSavedInTheClientSettings(@TempDir Path dataDir) throws Exception {
        try (DataDirectory folder = new DataDirectory(new StorageProperties(dataDir, null))) {
            LocalDocumentStore store = new LocalDocumentStore(folder, Clock.systemUTC());
            ClientSettingsService clients = new ClientSettingsService(store, ClientsProperties.defaults());
            EngineSettings engine = new EngineSettings(new ReminderProperties(SAO_PAULO, 7, 8, java.time.Duration.ofSeconds(15)),
                    new SendingSettingsService(store, whatsApp()), clients);
            Client noTimes = client("1", "Sem horário", LocalDate.of(2026, 12, 1), null, null);
            LocalDate day = LocalDate.of(2026, 11, 28);
            assertThat(engine.planner().plan(day, DEFAULTS, due -> List.of(noTimes)))
                    .singleElement().extracting(r -> r.sendAt().toLocalTime()).isEqualTo(LocalTime.of(9, 0));

            clients.save(new ClientSettings("BR", RenewFrom.DUE_DATE, LocalTime.of(10, 45)));
            assertThat(engine.planner().plan(day, DEFAULTS, due -> List.of(noTimes)))
                    .singleElement().extracting(r -> r.sendAt().toLocalTime()).isEqualTo(LocalTime.of(10, 45));
        }
    }

    @Test
    void monthAndYearEndsFollowTheCalendar() {
        Client march = client("1", "Março", LocalDate.of(2027, 3, 1), null, null);
        assertThat(plan(LocalDate.of(2027, 2, 26), DEFAULTS, List.of(march))).hasSize(1);
        Client leap = client("2", "Bissexto", LocalDate.of(2028, 3, 1), null, null);
        assertThat(plan(LocalDate.of(2028, 2, 27), DEFAULTS, List.of(leap))).hasSize(1);
        assertThat(plan(LocalDate.of(2028, 2, 26), DEFAULTS, List.of(leap))).isEmpty();
        Client newYear = client("3", "Ano novo", LocalDate.of(2027, 1, 1), null, null);
        assertThat(plan(LocalDate.of(2026, 12, 29), DEFAULTS, List.of(newYear))).hasSize(1);
        assertThat(plan(LocalDate.of(2027, 1, 2), DEFAULTS, List.of(newYear)))
                .singleElement().extracting(PlannedReminder::kind).isEqualTo("overdue");
    }

    @Test
    void clientsWhoDoNotReceiveRemindersAreLeftOut() {
        LocalDate due = LocalDate.of(2026, 11, 28);
        Client inactive = client("1", "Inativo", due, null, null).withActive(false);
        Client noWhatsApp = client("2", "Sem WhatsApp", due, null, null).withNotOnWhatsApp(true);
        Client off = new Client("3", "Sem lembretes", "5511999990003", "IPTV", BigDecimal.TEN, due, null, null, "", "",
                LocalDateTime.now(), null, null, true, false, null, false);
        assertThat(plan(due, DEFAULTS, List.of(inactive, noWhatsApp, off))).isEmpty();
    }

    @Test
    void aTemplateForTheClientsServiceWinsOverOneForAllServices() {
        LocalDate due = LocalDate.of(2026, 11, 28);
        MessageTemplate iptvDay = template("t-iptv", TemplateKind.DUE_DAY, ServiceFilter.IPTV, 0);
        MessageTemplate vpnDay = template("t-vpn", TemplateKind.DUE_DAY, ServiceFilter.VPN, 0);
        Client iptv = client("1", "Iptv", due, null, null);
        List<PlannedReminder> reminders = plan(due, List.of(DUE_DAY, iptvDay, vpnDay), List.of(iptv));
        assertThat(reminders).singleElement().extracting(PlannedReminder::templateId).isEqualTo("t-iptv");
    }

    @Test
    void inactiveTemplatesAndNonReminderKindsSendNothing() {
        LocalDate due = LocalDate.of(2026, 11, 28);
        MessageTemplate inactive = new MessageTemplate("x", "x", TemplateKind.DUE_DAY, ServiceFilter.ALL, 0, false, "b", null);
        MessageTemplate welcome = new MessageTemplate("w", "w", TemplateKind.WELCOME, ServiceFilter.ALL, null, true, "b", null);
        assertThat(plan(due, List.of(inactive, welcome), List.of(client("1", "A", due, null, null)))).isEmpty();
    }

    @Test
    void aDayWithoutSendingMovesItsRemindersToTheNextAllowedDayKeepingOnePerClient() {
        LocalDate sunday = LocalDate.of(2026, 11, 29);
        LocalDate monday = sunday.plusDays(1);
        Set<DayOfWeek> weekdaysAndSaturday = EnumSet.complementOf(EnumSet.of(DayOfWeek.SUNDAY));
        Client dueSunday = client("1", "Domingo", sunday, null, null);
        Client dueMonday = client("2", "Segunda", monday, null, null);
        List<Client> clients = List.of(dueSunday, dueMonday);
        var byDue = (java.util.function.Function<LocalDate, List<Client>>) d ->
                clients.stream().filter(c -> d.equals(c.dueDate())).toList();
        assertThat(planner(weekdaysAndSaturday).plan(sunday, DEFAULTS, byDue)).isEmpty();
        assertThat(planner(weekdaysAndSaturday).plan(monday, DEFAULTS, byDue))
                .extracting(PlannedReminder::clientName, PlannedReminder::kind)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("Segunda", "due_day"),
                        org.assertj.core.groups.Tuple.tuple("Domingo", "overdue"));
    }

    @Test
    void timesOutsideTheSendingWindowMoveToItsEdges() {
        LocalDate due = LocalDate.of(2026, 11, 28);
        Client early = client("1", "Cedo", due, null, LocalTime.of(6, 0));
        Client late = client("2", "Tarde", due, null, LocalTime.of(23, 30));
        assertThat(plan(due, List.of(DUE_DAY), List.of(early, late)))
                .extracting(r -> r.sendAt().toLocalTime())
                .containsExactly(LocalTime.of(8, 0), LocalTime.of(21, 0));
    }

    @Test
    void todayIsSaoPaulosDayWhileUtcIsAlreadyTomorrow() {
        SendingPolicy policy = new SendingPolicy(SAO_PAULO, LocalTime.of(8, 0), LocalTime.of(23, 0),
                EnumSet.allOf(DayOfWeek.class));
        Instant instant = Instant.parse("2026-12-11T01:30:00Z");
        ZonedDateTime now = policy.localTime(instant);
        Client today = client("1", "Hoje", LocalDate.of(2026, 12, 10), null, LocalTime.of(22, 0));
        Client tomorrow = client("2", "Amanhã", LocalDate.of(2026, 12, 11), null, LocalTime.of(9, 0));

        assertThat(now.toLocalDate()).isEqualTo(LocalDate.of(2026, 12, 10));
        assertThat(policy.isOpen(now)).isTrue();
        List<PlannedReminder> reminders = new ReminderPlanner(policy, LocalTime.of(9, 0)).plan(now.toLocalDate(),
                DEFAULTS, due -> Stream.of(today, tomorrow).filter(c -> due.equals(c.dueDate())).toList());
        assertThat(reminders).singleElement().satisfies(r -> {
            assertThat(r.clientName()).isEqualTo("Hoje");
            assertThat(r.kind()).isEqualTo("due_day");
            assertThat(r.sendAt().toInstant()).as("22:00 in São Paulo, due by now").isEqualTo("2026-12-11T01:00:00Z")
                    .isBefore(instant);
        });
    }

    @Test
    void anotherZoneHasItsOwnDayAndWindow() {
        ZoneId manaus = ZoneId.of("America/Manaus");
        SendingPolicy policy = new SendingPolicy(manaus, LocalTime.of(8, 0), LocalTime.of(23, 45),
                EnumSet.allOf(DayOfWeek.class));
        // 00:30 of the 11th in São Paulo, still 23:30 of the 10th in Manaus
        ZonedDateTime now = policy.localTime(Instant.parse("2026-12-11T03:30:00Z"));
        Client evening = client("1", "Noite", LocalDate.of(2026, 12, 10), null, LocalTime.of(20, 0));
        Client early = client("2", "Cedo", LocalDate.of(2026, 12, 10), null, LocalTime.of(6, 0));

        assertThat(now.toLocalDate()).isEqualTo(LocalDate.of(2026, 12, 10));
        assertThat(policy.isOpen(now)).isTrue();
        assertThat(policy.isOpen(policy.localTime(Instant.parse("2026-12-11T03:50:00Z")))).as("23:50 in Manaus").isFalse();
        List<PlannedReminder> reminders = new ReminderPlanner(policy, LocalTime.of(9, 0)).plan(now.toLocalDate(),
                List.of(DUE_DAY), due -> Stream.of(evening, early).filter(c -> due.equals(c.dueDate())).toList());
        assertThat(reminders).extracting(PlannedReminder::clientName, r -> r.sendAt().toInstant())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Cedo", Instant.parse("2026-12-10T12:00:00Z")),
                        org.assertj.core.groups.Tuple.tuple("Noite", Instant.parse("2026-12-11T00:00:00Z")));
    }

    @Test
    void theKeyChangesWithTheDueDateButNotWithTheText() {
        assertThat(ReminderKey.of("1", LocalDate.of(2026, 12, 1), "before_due", -3))
                .isEqualTo(ReminderKey.of("1", LocalDate.of(2026, 12, 1), "before_due", -3))
                .isNotEqualTo(ReminderKey.of("1", LocalDate.of(2027, 1, 1), "before_due", -3))
                .isNotEqualTo(ReminderKey.of("1", LocalDate.of(2026, 12, 1), "due_day", 0));
    }

    private static WhatsAppProperties whatsApp() {
        return new WhatsAppProperties(Provider.OUTBOX, new WhatsAppProperties.Evolution(null, null, "x"),
                new WhatsAppProperties.Cloud(URI.create("https://graph.facebook.com/v23.0"), null, null, null, null),
                180, Duration.ofSeconds(10), Duration.ofSeconds(30), LocalTime.of(8, 0), LocalTime.of(21, 0),
                EnumSet.allOf(DayOfWeek.class), 3, 300, org.springframework.util.unit.DataSize.ofMegabytes(1));
    }

    static Client client(String id, String name, LocalDate due, LocalTime before, LocalTime payment) {
        return new Client(id, name, "55119999900" + id, "IPTV", new BigDecimal("35.00"), due, before, payment, "", "",
                LocalDateTime.of(2026, 1, 1, 12, 0), "Mensal", null, true, true, null, false);
    }

    static MessageTemplate template(String id, TemplateKind kind, ServiceFilter service, int offset) {
        return new MessageTemplate(id, id, kind, service, offset, true, "Oi {nome}", null);
    }
}
