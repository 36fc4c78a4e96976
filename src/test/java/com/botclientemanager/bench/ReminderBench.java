package com.botclientemanager.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.botclientemanager.App;
import com.botclientemanager.clients.ClientDirectory;
import com.botclientemanager.reminders.PlannedReminder;
import com.botclientemanager.reminders.ReminderKey;
import com.botclientemanager.whatsapp.SendPacer;
import com.botclientemanager.reminders.internal.ReminderDispatcher;
import com.botclientemanager.reminders.internal.ReminderPlanner;
import com.botclientemanager.reminders.internal.SendingPolicy;
import com.botclientemanager.storage.DataDirectory;
import com.botclientemanager.storage.StorageProperties;
import com.botclientemanager.storage.internal.LocalDocumentStore;
import com.botclientemanager.templates.MessageTemplate;
import com.botclientemanager.templates.TemplateService;
import com.botclientemanager.testing.RunningAppTest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.jobrunr.storage.StorageProvider;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The reminder engine's costs: planning over 100k clients, enqueuing 10k jobs on H2, and how exact the pacing is. */
@Tag(Bench.TAG)
@SpringBootTest(classes = App.class)
@DirtiesContext
class ReminderBench {

    static final ZoneId SAO_PAULO = ZoneId.of("America/Sao_Paulo");

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) throws Exception {
        String dataDir = Files.createTempDirectory("bcm-bench").toString();
        registry.add("app.data-dir", () -> dataDir);
        registry.add("app.admin.password", () -> RunningAppTest.PASSWORD);
        registry.add("jobrunr.dashboard.enabled", () -> false);
        registry.add("jobrunr.background-job-server.enabled", () -> false);
    }

    @Autowired
    TemplateService templates;
    @Autowired
    ReminderDispatcher dispatcher;
    @Autowired
    StorageProvider jobs;
    @Autowired
    SendPacer pacer;

    @Test
    void planningOver100kClientsInMemory() throws Exception {
        Path dir = Files.createTempDirectory("bcm-bench-clients");
        Files.writeString(dir.resolve("clients.json"), StorageBench.seedFile(100_000), StandardCharsets.UTF_8);
        try (DataDirectory data = new DataDirectory(new StorageProperties(dir, null))) {
            ClientDirectory clients = new ClientDirectory(new LocalDocumentStore(data, Clock.systemUTC()), e -> { });
            clients.count();
            List<MessageTemplate> reminderTemplates = templates.activeReminderTemplates();
            ReminderPlanner planner = new ReminderPlanner(new SendingPolicy(SAO_PAULO, LocalTime.of(8, 0),
                    LocalTime.of(21, 0), EnumSet.allOf(DayOfWeek.class)), LocalTime.of(9, 0));
            LocalDate day = LocalDate.of(2025, 6, 1);
            int[] planned = new int[1];
            double millis = Bench.bestMillis(3, 10, () -> planned[0] =
                    planner.plan(day, reminderTemplates, due -> clients.dueBetween(due, due)).size());
            assertThat(planned[0]).isGreaterThan(0);
            Bench.report("plan_100k_ms", millis, "ms");
            Bench.report("plan_100k_reminders", planned[0], "reminders");
        }
    }

    @Test
    void enqueuing10kSendJobsOnH2() {
        List<PlannedReminder> reminders = new ArrayList<>();
        LocalDate due = LocalDate.of(2026, 12, 1);
        for (int i = 0; i < 10_000; i++) {
            String client = "bench-" + i;
            reminders.add(new PlannedReminder(ReminderKey.of(client, due, "due_day", 0), client, "Cliente " + i,
                    "5511900000000", "t", "due_day", 0, due, due, ZonedDateTime.of(due, LocalTime.NOON, SAO_PAULO)));
        }
        long start = System.nanoTime();
        reminders.forEach(dispatcher::dispatch);
        double millis = (System.nanoTime() - start) / 1_000_000.0;
        assertThat(dispatcher.jobExists(reminders.get(9_999).key())).isTrue();
        Bench.report("enqueue_10k_ms", millis, "ms");
    }

    @Test
    void pacingOver500Messages() throws Exception {
        int rate = 300;
        List<Instant> sent = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            Instant slot = pacer.reserve(Instant.now(), rate);
            long wait = slot.toEpochMilli() - System.currentTimeMillis();
            if (wait > 0) {
                Thread.sleep(wait);
            }
            sent.add(Instant.now());
        }
        double seconds = (sent.get(sent.size() - 1).toEpochMilli() - sent.get(0).toEpochMilli()) / 1000.0;
        double achieved = (sent.size() - 1) / seconds * 60;
        int busiestMinute = 0;
        for (int i = 0, j = 0; i < sent.size(); i++) {
            while (sent.get(i).toEpochMilli() - sent.get(j).toEpochMilli() >= 60_000) {
                j++;
            }
            busiestMinute = Math.max(busiestMinute, i - j + 1);
        }
        Bench.report("pacing_error_pct", Math.abs(achieved - rate) / rate * 100, "%");
        Bench.report("pacing_achieved_per_min", achieved, "msg/min (configured " + rate + ")");
        assertThat(busiestMinute).as("never more than the rate in any minute").isLessThanOrEqualTo(rate);
    }

}
