package com.botclientemanager.reminders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.botclientemanager.App;
import com.botclientemanager.clients.Client;
import com.botclientemanager.clients.ClientDirectory;
import com.botclientemanager.reminders.internal.ReminderSendJob;
import com.botclientemanager.reminders.internal.ReminderSweep;
import com.botclientemanager.whatsapp.TransientSendException;
import com.botclientemanager.whatsapp.SendingSettings;
import com.botclientemanager.whatsapp.SendingSettingsService;
import com.botclientemanager.templates.MessageTemplate;
import com.botclientemanager.templates.TemplateKind;
import com.botclientemanager.templates.TemplateService;
import com.botclientemanager.testing.MutableClock;
import com.botclientemanager.testing.RunningAppTest;
import com.botclientemanager.whatsapp.LoggedMessage;
import com.botclientemanager.whatsapp.MessageFilter;
import com.botclientemanager.whatsapp.MessageLog;
import com.botclientemanager.whatsapp.MessageStatus;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.List;
import org.jobrunr.storage.StorageProvider;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The reminder engine in the running app (real H2, real JobRunr, outbox provider), with a clock the test moves: one day
 * in São Paulo, from a restart after the morning reminders were due to the evening, and the next day.
 */
@SpringBootTest(classes = {App.class, ReminderEngineTest.TestClock.class})
@DirtiesContext
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReminderEngineTest {

    static final ZoneId SAO_PAULO = ZoneId.of("America/Sao_Paulo");
    static final LocalDate TODAY = LocalDate.of(2026, 12, 10);
    static final MutableClock CLOCK = new MutableClock(at(TODAY, 11, 0));

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
        String dataDir = Files.createTempDirectory("bcm-reminders").toString();
        registry.add("app.data-dir", () -> dataDir);
        registry.add("app.admin.password", () -> RunningAppTest.PASSWORD);
        registry.add("jobrunr.dashboard.enabled", () -> false);
        registry.add("app.whatsapp.rate-per-minute", () -> 600);
        registry.add("app.whatsapp.window-start", () -> "08:00");
        registry.add("app.whatsapp.window-end", () -> "21:00");
    }

    @Autowired
    ClientDirectory clients;
    @Autowired
    TemplateService templates;
    @Autowired
    ReminderSweep sweep;
    @Autowired
    MessageLog log;
    @Autowired
    StorageProvider jobs;
    @Autowired
    SendingSettingsService sending;
    @Autowired
    ReminderSendJob sendJob;

    @Test
    @Order(1)
    void aMorningReminderMissedWhileTheAppWasDownGoesOutAtStartAndOnlyOnce() throws Exception {
        clients.save(client("ana", "Ana Souza", TODAY, LocalTime.of(9, 0)));
        clients.save(client("bia", "Bia Lima", TODAY, LocalTime.of(15, 0)));
        clients.save(client("caio", "Caio Reis", TODAY.plusDays(3), null));

        sweep.sweep();
        sweep.sweep();

        awaitMessages(2);
        assertThat(messagesFor("ana")).singleElement().satisfies(m -> {
            assertThat(m.kind()).isEqualTo("due_day");
            assertThat(m.status()).isEqualTo(MessageStatus.SIMULATED);
            assertThat(m.text()).contains("Ana Souza").contains("vence hoje");
        });
        assertThat(messagesFor("caio")).singleElement().satisfies(m -> assertThat(m.kind()).isEqualTo("before_due"));
        assertThat(messagesFor("bia")).as("due at 15:00, not yet").isEmpty();
        assertThat(jobs.getJobById(ReminderKey.of("ana", TODAY, "due_day", 0)).getJobName())
                .isEqualTo("Lembrete de vencimento (no dia) — Ana Souza");
        assertThat(jobs.getJobById(ReminderKey.of("caio", TODAY.plusDays(3), "before_due", -3)).getJobName())
                .isEqualTo("Lembrete de vencimento (3 dias antes) — Caio Reis");
    }

    @Test
    @Order(2)
    void anEditedTemplateDoesNotSendAgain() throws Exception {
        MessageTemplate dueDay = templates.activeReminderTemplates().stream()
                .filter(t -> t.kind() == TemplateKind.DUE_DAY).findFirst().orElseThrow();
        templates.save(dueDay.withBody("Novo texto, {nome}!"));
        CLOCK.advance(Duration.ofMinutes(5));
        sweep.sweep();
        Thread.sleep(6000);
        assertThat(messagesFor("ana")).hasSize(1);
    }

    @Test
    @Order(3)
    void anAfternoonReminderGoesOutWhenItsTimeComesWithTheNewText() throws Exception {
        CLOCK.set(at(TODAY, 15, 1));
        sweep.sweep();
        awaitMessages(3);
        assertThat(messagesFor("bia")).singleElement().satisfies(m -> assertThat(m.text()).isEqualTo("Novo texto, Bia Lima!"));
    }

    @Test
    @Order(4)
    void nothingLeavesOutsideTheSendingWindow() throws Exception {
        clients.save(client("duda", "Duda Alves", TODAY, LocalTime.of(21, 0)));
        CLOCK.set(at(TODAY, 21, 30));
        sweep.sweep();
        Thread.sleep(6000);
        assertThat(messagesFor("duda")).isEmpty();
    }

    @Test
    @Order(5)
    void theNextDayYesterdaysUnsentReminderIsMissedAndTheOverdueOneGoesOut() throws Exception {
        CLOCK.set(at(TODAY.plusDays(1), 20, 0));
        sweep.sweep();
        awaitMessages(6);
        CLOCK.set(at(TODAY.plusDays(1), 21, 0));
        sweep.sweep();
        awaitMessages(7);
        assertThat(messagesFor("duda")).extracting(LoggedMessage::kind, LoggedMessage::status)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("due_day", MessageStatus.MISSED),
                        org.assertj.core.groups.Tuple.tuple("overdue", MessageStatus.SIMULATED));
        assertThat(messagesFor("ana")).extracting(LoggedMessage::kind).containsExactlyInAnyOrder("due_day", "overdue");
        assertThat(messagesFor("bia")).extracting(LoggedMessage::kind).containsExactlyInAnyOrder("due_day", "overdue");
        assertThat(messagesFor("caio")).hasSize(1);
    }

    @Test
    @Order(6)
    void aSendingWindowSavedInTheSettingsAppliesAtTheNextSweep() throws Exception {
        LocalDate day = TODAY.plusDays(2);
        sending.save(new SendingSettings(LocalTime.of(10, 0), LocalTime.of(12, 0), EnumSet.allOf(DayOfWeek.class), 600,
                1000));
        clients.save(client("eva", "Eva Melo", day, LocalTime.of(9, 0)));

        CLOCK.set(at(day, 9, 30));
        sweep.sweep();
        Thread.sleep(6000);
        assertThat(messagesFor("eva")).as("before the new window opens (the old one opened at 08:00)").isEmpty();

        CLOCK.set(at(day, 10, 1));
        sweep.sweep();
        awaitMessages("eva", "due_day", 1);
    }

    @Test
    @Order(7)
    void aRateSavedInTheSettingsPacesTheNextSends() throws Exception {
        LocalDate day = TODAY.plusDays(5);
        sending.save(new SendingSettings(LocalTime.of(8, 0), LocalTime.of(21, 0), EnumSet.allOf(DayOfWeek.class), 1,
                1000));
        clients.save(client("gil", "Gil Nunes", day, LocalTime.of(9, 0)));
        clients.save(client("hugo", "Hugo Dias", day, LocalTime.of(9, 0)));
        clients.save(client("ivo", "Ivo Prado", day, LocalTime.of(9, 0)));

        CLOCK.set(at(day, 10, 0));
        sweep.sweep();
        awaitMessages(List.of("gil", "hugo", "ivo"), "due_day", 1);
        Thread.sleep(5000);
        assertThat(sentOn(List.of("gil", "hugo", "ivo"), "due_day")).as("one per minute: the next waits").hasSize(1);

        CLOCK.advance(Duration.ofSeconds(90));
        sweep.sweep();
        awaitMessages(List.of("gil", "hugo", "ivo"), "due_day", 2);
        Thread.sleep(3000);
        assertThat(sentOn(List.of("gil", "hugo", "ivo"), "due_day")).as("still one per minute").hasSize(2);

        CLOCK.advance(Duration.ofMinutes(3));
        sweep.sweep();
        awaitMessages(List.of("gil", "hugo", "ivo"), "due_day", 3);
        List<Instant> sentAt = sentOn(List.of("gil", "hugo", "ivo"), "due_day").stream()
                .map(LoggedMessage::createdAt).sorted().toList();
        assertThat(Duration.between(sentAt.get(0), sentAt.get(1))).isGreaterThanOrEqualTo(Duration.ofMinutes(1));
        assertThat(Duration.between(sentAt.get(1), sentAt.get(2))).isGreaterThanOrEqualTo(Duration.ofMinutes(1));
    }

    @Test
    @Order(8)
    void aSendWhoseTurnComesOutsideTheSendingHoursWaitsForTheWindowOrIsLeftToTheSweep() {
        LocalDate day = TODAY.plusDays(8);
        sending.save(new SendingSettings(LocalTime.of(8, 0), LocalTime.of(21, 0), EnumSet.allOf(DayOfWeek.class), 600,
                1000));
        clients.save(client("jo", "Jo Faria", day, LocalTime.of(9, 0)));
        String template = templates.activeReminderTemplates().stream().filter(t -> t.kind() == TemplateKind.DUE_DAY)
                .findFirst().orElseThrow().id();

        CLOCK.set(at(day, 7, 0));
        assertThatThrownBy(() -> sendJob.send("jo", template, day.toString(), "due_day", 0, null))
                .isInstanceOfSatisfying(TransientSendException.class,
                        e -> assertThat(e.retryAfter()).contains(Duration.ofHours(1)));
        CLOCK.set(at(day, 21, 30));
        assertThatCode(() -> sendJob.send("jo", template, day.toString(), "due_day", 0, null)).doesNotThrowAnyException();
        assertThat(messagesFor("jo")).as("nothing sent outside the hours").isEmpty();
    }

    private List<LoggedMessage> sentOn(List<String> clientIds, String kind) {
        return log.find(MessageFilter.all(), 0, 1000).stream()
                .filter(m -> clientIds.contains(m.clientId()) && kind.equals(m.kind()) && m.status().wentOut())
                .toList();
    }

    private void awaitMessages(String clientId, String kind, int count) throws InterruptedException {
        awaitMessages(List.of(clientId), kind, count);
    }

    private void awaitMessages(List<String> clientIds, String kind, int count) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (sentOn(clientIds, kind).size() < count) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("expected " + count + " " + kind + " messages to " + clientIds + ", found "
                        + sentOn(clientIds, kind));
            }
            Thread.sleep(200);
        }
    }

    private List<LoggedMessage> messagesFor(String clientId) {
        return log.find(MessageFilter.all(), 0, 1000).stream().filter(m -> clientId.equals(m.clientId())).toList();
    }

    private void awaitMessages(int count) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            if (log.find(MessageFilter.all(), 0, 1000).stream().filter(m -> m.status().isFinal()).count() >= count) {
                return;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("expected " + count + " messages, found " + log.find(MessageFilter.all(), 0, 1000));
    }

    static Instant at(LocalDate day, int hour, int minute) {
        return ZonedDateTime.of(day, LocalTime.of(hour, minute), SAO_PAULO).toInstant();
    }

    static Client client(String id, String name, LocalDate due, LocalTime time) {
        return new Client(id, name, "5511987650000", "IPTV", new BigDecimal("35.00"), due, time, time, "", "",
                LocalDateTime.of(2026, 1, 1, 10, 0), "Mensal", null, true, true, null, false);
    }
}
