package com.botclientemanager.soak;

import com.microsoft.playwright.PlaywrightException;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The batch phase of the drill: the app sends every reminder while status webhooks come in, a browser watches the
 * dashboard and one oversized webhook arrives, and the app must stay healthy at every poll. Throws an
 * {@link AssertionError} at the first broken invariant, so a failing run ends early.
 */
final class SoakRun {

    private static final Duration POLL = Duration.ofSeconds(2);
    /** Reopening the dashboard costs Chromium, on the app's own two cores, about a second of CPU: not too often. */
    private static final Duration GLANCE_EVERY = Duration.ofSeconds(90);
    private static final Duration SAMPLE_EVERY = Duration.ofSeconds(15);
    /** From the app's start: compiling its hot code, the first login and page, the first full GC. */
    private static final Duration WARM_UP = Duration.ofSeconds(60);

    private final SoakSettings settings;
    private final PackagedApp app;
    private final EvolutionStandIn gateway;
    private final SoakFigures figures;
    private final long startNanos = System.nanoTime();
    private long healthyNanos;
    private int healthPolls;
    private double maxActive;
    private double maxPending;
    private CompletableFuture<List<OversizedWebhook.Outcome>> oversized;
    private URI webhookUrl;

    SoakRun(SoakSettings settings, PackagedApp app, EvolutionStandIn gateway, SoakFigures figures) {
        this.settings = settings;
        this.app = app;
        this.gateway = gateway;
        this.figures = figures;
    }

    /** Waits for the app, points the stand-in's webhooks at it and opens the dashboard. */
    DashboardSession begin(Path dataDir, String password) throws IOException, InterruptedException {
        if (!app.awaitHealthy(Duration.ofMinutes(3))) {
            throw new AssertionError("the app did not become healthy within 3 minutes (alive: " + app.alive() + ")");
        }
        healthyNanos = System.nanoTime();
        figures.add("startup_s", seconds(), "s");
        String secret = Files.readString(dataDir.resolve("whatsapp").resolve("webhook-secret"), StandardCharsets.UTF_8)
                .strip();
        webhookUrl = URI.create(app.baseUrl() + "/webhooks/evolution/" + secret);
        gateway.webhooks().target(webhookUrl);
        try {
            return new DashboardSession(app.baseUrl(), PackagedApp.ADMIN, password);
        } catch (PlaywrightException e) {
            throw failure("the admin could not log in and see the dashboard (" + briefly(e) + ")");
        }
    }

    /** Runs until every client got its reminder and every status webhook was answered. */
    void batch(DashboardSession dashboard) throws IOException, InterruptedException {
        long deadline = startNanos + settings.batchDeadline().toNanos();
        long nextGlance = System.nanoTime() + GLANCE_EVERY.toNanos();
        long nextSample = System.nanoTime();
        long warmUpEnd = healthyNanos + WARM_UP.toNanos();
        while (!batchDone()) {
            if (System.nanoTime() >= warmUpEnd) {
                gateway.webhooks().warmedUp();
                warmUpEnd = Long.MAX_VALUE;
            }
            PackagedApp.Health health = app.health();
            healthPolls++;
            if (!health.up()) {
                throw failure("/actuator/health not UP: " + health.answer());
            }
            if (!app.alive()) {
                throw failure("the app died");
            }
            if (app.outOfMemory()) {
                throw failure("the app ran out of heap (OutOfMemoryError in its log)");
            }
            if (oversized == null && gateway.accepted() >= settings.clients() / 3) {
                oversized = CompletableFuture.supplyAsync(() -> List.of(
                        OversizedWebhook.post(webhookUrl, settings.oversizedMb(), false),
                        OversizedWebhook.post(webhookUrl, settings.oversizedMb(), true)));
            }
            if (System.nanoTime() >= nextGlance) {
                try {
                    dashboard.glance();
                } catch (PlaywrightException e) {
                    throw failure("the dashboard did not show (" + briefly(e) + ")");
                }
                nextGlance += GLANCE_EVERY.toNanos();
            }
            if (System.nanoTime() >= nextSample) {
                samplePool();
                nextSample += SAMPLE_EVERY.toNanos();
            }
            if (System.nanoTime() > deadline) {
                throw failure("the batch did not finish within " + settings.batchDeadline().toSeconds() + " s");
            }
            Thread.sleep(POLL);
        }
        figures.add("batch_s", seconds(), "s");
        figures.add("health_polls", healthPolls, "polls");
        figures.add("hikari_active_max", maxActive, "connections");
        figures.add("hikari_pending_max", maxPending, "threads");
    }

    private boolean batchDone() {
        return gateway.numbersReached() >= settings.clients() && gateway.webhooks().pending() == 0
                && oversized != null && oversized.isDone();
    }

    List<OversizedWebhook.Outcome> oversizedOutcomes() {
        return oversized.join();
    }

    private void samplePool() throws IOException, InterruptedException {
        PackagedApp.Pool pool = app.pool();
        maxActive = Math.max(maxActive, pool.active());
        maxPending = Math.max(maxPending, pool.pending());
        System.out.printf("soak: %4.0f s  reminders %d/%d  webhooks %d  hikari active %.0f pending %.0f%n", seconds(),
                gateway.numbersReached(), settings.clients(), gateway.webhooks().posted(), pool.active(),
                pool.pending());
    }

    /**
     * Pooled connections borrowed once nothing is going on: JobRunr's own polls borrow one for a moment, so the pool
     * must be seen empty at least once within 15 s; a leaked connection never comes back.
     */
    double idleActiveConnections() throws IOException, InterruptedException {
        double lowest = Double.MAX_VALUE;
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (lowest > 0 && System.nanoTime() < deadline) {
            lowest = Math.min(lowest, app.metric("hikaricp.connections.active"));
            Thread.sleep(250);
        }
        return lowest;
    }

    /** "Timeout 20000ms exceeded, waiting for locator(...)" out of Playwright's multi-line message. */
    private static String briefly(PlaywrightException e) {
        String message = String.valueOf(e.getMessage());
        Matcher timeout = Pattern.compile("Timeout \\d+ms exceeded").matcher(message);
        Matcher waiting = Pattern.compile("waiting for .*").matcher(message);
        String brief = (timeout.find() ? timeout.group() : "") + (waiting.find() ? ", " + waiting.group() : "");
        return brief.isEmpty() ? message.lines().findFirst().orElse("") : brief;
    }

    double seconds() {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    private AssertionError failure(String what) {
        return new AssertionError(String.format("%s at %.0f s (health poll %d); reminders delivered to %d of %d "
                        + "numbers, %d status webhooks answered, hikari active max %.0f, pending max %.0f", what,
                seconds(), healthPolls, gateway.numbersReached(), settings.clients(), gateway.webhooks().posted(),
                maxActive, maxPending));
    }
}
