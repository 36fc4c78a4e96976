package com.botclientemanager.soak;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.botclientemanager.testing.RunningAppTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalTime;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Soak drill (issue #14, "Reliability in the field"): the packaged jar for a few minutes against an Evolution API
 * stand-in that behaves like the real one (Node's 5 s keep-alive, some 503s, slow answers now and then, 2-3 delivery
 * reports per message with repeats and unknown ids, one 300 MB webhook), with a reminder batch going out and a browser
 * on the dashboard. Each reminder must reach its client exactly once and without a failed attempt the stand-in did not
 * cause, {@code /actuator/health} must be UP at every poll, status webhooks answered fast, no pooled database
 * connection left borrowed and the heap after GC flat. Runs in {@code ./mvnw verify} (failsafe, after package);
 * {@code bench/soak MINUTES} runs it longer.
 */
@Tag("drill")
class SoakDrillIT {

    private static final String INSTANCE = "soak";

    @Test
    void aReminderBatchWithStatusWebhooksLeavesTheAppHealthy() throws Exception {
        SoakSettings settings = SoakSettings.fromSystemProperties();
        assertThat(settings.jar()).as("the packaged jar (./mvnw package first)").isRegularFile();
        LocalTime now = LocalTime.now(SoakData.SAO_PAULO);
        assumeTrue(now.isBefore(LocalTime.of(23, 58).minus(settings.hardTimeout())),
                "the batch would cross midnight in São Paulo, where 'due today' changes; run it later");
        Path work = Files.createTempDirectory("bcm-soak");
        Path data = work.resolve("data");
        SoakData.seed(data, settings.clients(), settings.ratePerMinute());
        String password = "soak-" + UUID.randomUUID();
        String apiKey = UUID.randomUUID().toString();
        SoakFigures figures = new SoakFigures();
        try (EvolutionStandIn gateway = new EvolutionStandIn(apiKey, INSTANCE, settings.slowEvery(),
                        settings.slowFor());
                PackagedApp app = PackagedApp.start(settings.jar(), settings.appHeap(), RunningAppTest.freePort(),
                        password, data, List.of("--app.whatsapp.provider=evolution",
                                "--app.whatsapp.evolution.url=" + gateway.url(),
                                "--app.whatsapp.evolution.instance=" + INSTANCE,
                                "--jobrunr.dashboard.port=" + RunningAppTest.freePort(),
                                "--jobrunr.background-job-server.poll-interval-in-seconds=5"),
                        Map.of("APP_WHATSAPP_EVOLUTION_API_KEY", apiKey))) {
            Thread killer = new Thread(app::close);
            Runtime.getRuntime().addShutdownHook(killer);
            ScheduledExecutorService watchdog = Executors.newSingleThreadScheduledExecutor(
                    Thread.ofPlatform().daemon().name("soak-watchdog").factory());
            watchdog.schedule(app::close, settings.hardTimeout().toSeconds(), TimeUnit.SECONDS);
            try {
                drill(settings, app, gateway, data, password, figures);
            } catch (Throwable failure) {
                diagnose(app, data, gateway);
                System.out.println("---- the data dir and the app's log are kept in " + work);
                throw failure;
            } finally {
                figures.print();
                watchdog.shutdownNow();
                Runtime.getRuntime().removeShutdownHook(killer);
            }
        }
        deleteRecursively(work);
    }

    private static void drill(SoakSettings settings, PackagedApp app, EvolutionStandIn gateway, Path data,
            String password, SoakFigures figures) throws Exception {
        SoakRun run = new SoakRun(settings, app, gateway, figures);
        SoftAssertions soft = new SoftAssertions();
        try (DashboardSession dashboard = run.begin(data, password)) {
            assertFastStart(app);
            double heapStart = app.heapAfterGcMb();
            run.batch(dashboard);
            for (OversizedWebhook.Outcome outcome : run.oversizedOutcomes()) {
                System.out.println("soak: oversized webhook " + outcome);
                soft.assertThat(outcome.refused()).as("a %d MB webhook refused (%s)", settings.oversizedMb(), outcome)
                        .isTrue();
            }
            gateway.webhooks().close();
            double p99 = gateway.webhooks().percentileMillis(99);
            double idleActive = run.idleActiveConnections();
            double heapEnd = app.heapAfterGcMb();
            figures.add("minutes", run.seconds() / 60, "min");
            figures.add("messages", gateway.accepted(), "messages");
            figures.add("webhooks", gateway.webhooks().posted(), "requests");
            figures.add("webhook_p50_ms", gateway.webhooks().percentileMillis(50), "ms");
            figures.add("webhook_p99_ms", p99, "ms");
            figures.add("webhook_max_ms", gateway.webhooks().maxMillis(), "ms");
            figures.add("heap_after_gc_start_mb", heapStart, "MB");
            figures.add("heap_after_gc_end_mb", heapEnd, "MB");
            figures.add("hikari_active_end", idleActive, "connections");
            figures.add("gateway_503", gateway.unavailableAnswers(), "answers");
            figures.add("gateway_slow", gateway.slowAnswers(), "answers");
            figures.add("gateway_idle_closes", gateway.idleCloses(), "connections");
            soft.assertThat(gateway.webhooks().failures()).as("status webhooks not answered 200").isEmpty();
            soft.assertThat(p99).as("p99 of the webhook answers, ms").isLessThan(settings.maxWebhookP99Ms());
            soft.assertThat(idleActive).as("pooled connections still borrowed when idle").isZero();
            soft.assertThat(heapEnd - heapStart).as("heap growth after GC, MB").isLessThan(settings.maxHeapGrowthMb());
            soft.assertThat(dashboard.awaitCard("card-messages-sent", settings.clients(), Duration.ofSeconds(30)))
                    .as("the dashboard shows %d messages sent today (it shows %d)", settings.clients(),
                            dashboard.card("card-messages-sent")).isTrue();
            soft.assertThat(dashboard.card("card-messages-failed")).as("failed messages on the dashboard").isZero();
            soft.assertThat(dashboard.errors()).as("errors in the browser").isEmpty();
        }
        soft.assertThat(gateway.repeated()).as("reminders received more than once (number and text)").isEmpty();
        soft.assertThat(gateway.numbersReached()).as("clients reminded").isEqualTo(settings.clients());
        soft.assertThat(app.stop()).as("the app stops by itself on SIGTERM").isTrue();
        checkMessageLog(MessageLogFile.read(data), gateway, soft);
        soft.assertAll();
    }

    /**
     * A plain {@code java -jar} starts from the bean definitions generated at build time; the drill must run that
     * start, not the standard one a property unknown to {@code SpringAotGuard} would silently bring back.
     */
    private static void assertFastStart(PackagedApp app) throws IOException {
        String start = app.startLine().map(line -> line.replaceFirst("^.*?(?=(Fast|Standard) start)", ""))
                .orElse("no start line in its log (a jar built without process-aot?)");
        System.out.println("soak: " + start);
        if (!start.startsWith(PackagedApp.FAST_START)) {
            throw new AssertionError("the app did not take the fast start a default java -jar takes: " + start);
        }
    }

    /** What the user sees under "Mensagens enviadas": every reminder delivered or read, failed tries only the 503s. */
    private static void checkMessageLog(MessageLogFile log, EvolutionStandIn gateway, SoftAssertions soft) {
        soft.assertThat(log.messages()).as("messages in the log").isEqualTo(gateway.accepted());
        soft.assertThat(log.statusCounts().keySet()).as("message statuses").isSubsetOf("DELIVERED", "READ");
        Map<String, Long> unexpected = log.retryReasons().stream().filter(reason -> !reason.endsWith("HTTP 503"))
                .collect(Collectors.groupingBy(Function.identity(), TreeMap::new, Collectors.counting()));
        soft.assertThat(unexpected).as("send attempts that failed without the gateway refusing them").isEmpty();
        soft.assertThat(log.retryReasons().size() - unexpected.values().stream().mapToLong(Long::longValue).sum())
                .as("the stand-in's 503s, each recorded as a retried send").isEqualTo(gateway.unavailableAnswers());
        Map<String, String> wrong = new TreeMap<>();
        gateway.webhooks().expectedFinalStatus().forEach((id, expected) -> {
            if (!expected.equals(log.statusOf(id))) {
                wrong.put(id, log.statusOf(id) + " instead of " + expected);
            }
        });
        soft.assertThat(wrong).as("messages whose delivery reports were not applied").isEmpty();
    }

    private static void deleteRecursively(Path folder) throws IOException {
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    /** Prints what explains a failure, then ends the app and reads what its message log holds. */
    private static void diagnose(PackagedApp app, Path data, EvolutionStandIn gateway) {
        System.out.println("---- soak drill failed; last lines of the app's log (" + app.log() + "):");
        System.out.println(app.logTail(80));
        System.out.println("---- stand-in: accepted " + gateway.accepted() + ", 503s " + gateway.unavailableAnswers()
                + ", slow " + gateway.slowAnswers() + ", idle closes " + gateway.idleCloses() + ", webhooks answered "
                + gateway.webhooks().posted() + ", webhook failures " + gateway.webhooks().failures().size());
        if (app.alive()) {
            try {
                System.out.printf("---- hikari active %.0f, idle %.0f, pending %.0f%n",
                        app.metric("hikaricp.connections.active"), app.metric("hikaricp.connections.idle"),
                        app.metric("hikaricp.connections.pending"));
            } catch (Exception e) {
                System.out.println("---- hikari metrics unavailable: " + e);
            }
            System.out.println("---- health as the admin sees it: " + app.healthDetails());
        }
        app.close();
        try {
            MessageLogFile log = MessageLogFile.read(data);
            System.out.println("---- message log: " + log.statusCounts() + "; retried sends by reason: "
                    + log.retryReasons().stream().collect(Collectors.groupingBy(r -> r, Collectors.counting())));
        } catch (Exception e) {
            System.out.println("---- message log unreadable: " + e);
        }
    }
}
