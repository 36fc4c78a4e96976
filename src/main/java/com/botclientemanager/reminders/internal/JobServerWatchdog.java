package com.botclientemanager.reminders.internal;

import com.botclientemanager.reminders.JobServerStatus;
import com.botclientemanager.reminders.JobServerStatusChanged;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jobrunr.server.BackgroundJobServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.LivenessState;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;

/**
 * Restarts JobRunr's job server when it stops while the app keeps running. JobRunr stops its server for good after an
 * error it cannot recover from, or when its heartbeat was lost again and again (a JVM frozen or starved of CPU); from
 * then on no reminder would go out until someone restarted the app.
 *
 * <p>A restart counts only when the server is still running at the next check: JobRunr stops a server again at once
 * when, say, its database is unreachable. After {@value #FAILED_CHECKS_BEFORE_BROKEN} restarts that did not hold the
 * app reports its liveness as broken, so a supervisor restarts the whole process; it keeps trying every
 * {@value #RETRY_EVERY_WHEN_BROKEN} checks.
 */
class JobServerWatchdog implements JobServerStatus {

    static final int FAILED_CHECKS_BEFORE_BROKEN = 3;
    /** Once liveness is DOWN, a restart every 4th check: once a minute at the default interval. */
    static final int RETRY_EVERY_WHEN_BROKEN = 4;
    private static final Logger log = LoggerFactory.getLogger(JobServerWatchdog.class);
    /** A check this late means the JVM was paused or starved: what makes JobRunr miss its heartbeat. */
    private static final Duration STALL = Duration.ofSeconds(5);
    private static final Duration STALL_MEMORY = Duration.ofMinutes(10);

    private final BackgroundJobServer server;
    private final Duration interval;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final Runnable afterRestart;
    private volatile ScheduledExecutorService timer;
    private volatile boolean closing;
    private volatile Outage lastOutage;

    // only touched by the timer's thread
    private long lastCheckNanos;
    private Duration lastStall = Duration.ZERO;
    private Instant lastStallAt;
    private int failedChecks;
    private boolean broken;

    JobServerWatchdog(BackgroundJobServer server, Duration interval, Clock clock, ApplicationEventPublisher events,
            Runnable afterRestart) {
        this.server = server;
        this.interval = interval;
        this.clock = clock;
        this.events = events;
        this.afterRestart = afterRestart;
    }

    @Override
    public Optional<Outage> lastOutage() {
        return Optional.ofNullable(lastOutage);
    }

    /** JobRunr's starter starts the server when the app is ready; from then on it is watched. */
    @EventListener(ApplicationReadyEvent.class)
    void watch() {
        if (closing || timer != null) {
            return;
        }
        ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().name("job-server-watchdog").daemon().factory());
        lastCheckNanos = System.nanoTime();
        executor.scheduleWithFixedDelay(this::checkSafely, interval.toMillis(), interval.toMillis(),
                TimeUnit.MILLISECONDS);
        timer = executor;
    }

    /** Published before JobRunr's starter stops the server: our own shutdown is no outage. */
    @EventListener(ContextClosedEvent.class)
    void stopWatching() {
        closing = true;
        ScheduledExecutorService executor = timer;
        if (executor != null) {
            executor.shutdownNow();
        }
    }

    private void checkSafely() {
        try {
            check();
        } catch (RuntimeException e) {
            log.error("The job server check failed; it runs again in {}", interval, e);
        }
    }

    void check() {
        noteStall();
        if (closing) {
            return;
        }
        Outage outage = lastOutage;
        if (server.isRunning()) {
            if (outage != null && outage.ongoing()) {
                healed(outage);
            }
            return;
        }
        if (outage == null || !outage.ongoing()) {
            lastOutage = new Outage(clock.instant(), null);
            failedChecks = 0;
            announce(lastOutage);
            log.error("JobRunr's background job server has stopped while the app is running: no reminder goes out "
                    + "until it runs again. {} Restarting it.", likelyCause());
        } else {
            failedChecks++;
            if (failedChecks >= FAILED_CHECKS_BEFORE_BROKEN && !broken) {
                broken = true;
                log.error("JobRunr's background job server stopped again after each of {} restarts since {}: reporting "
                        + "liveness DOWN so that a supervisor restarts the app. Restarts go on meanwhile.",
                        failedChecks, outage.stoppedAt());
                AvailabilityChangeEvent.publish(events, this, LivenessState.BROKEN);
            } else if (broken && failedChecks % RETRY_EVERY_WHEN_BROKEN != 0) {
                return; // a supervisor should restart the app by now: retry less often, not flood the log
            } else {
                log.warn("JobRunr's background job server is still stopped ({} checks after the first restart); "
                        + "trying again", failedChecks);
            }
        }
        try {
            server.start();
        } catch (RuntimeException e) {
            log.warn("Starting JobRunr's background job server failed", e);
        }
    }

    private void healed(Outage outage) {
        lastOutage = new Outage(outage.stoppedAt(), clock.instant());
        announce(lastOutage);
        log.warn("JobRunr's background job server runs again (it stopped at {}); reminders due meanwhile go out now",
                outage.stoppedAt());
        failedChecks = 0;
        if (broken) {
            broken = false;
            AvailabilityChangeEvent.publish(events, this, LivenessState.CORRECT);
        }
        try {
            afterRestart.run();
        } catch (RuntimeException e) {
            log.warn("Could not start a reminder sweep after the restart; the next one runs within a minute", e);
        }
    }

    /** Tells open pages (their banner); a listener's failure must not keep the server from being restarted. */
    private void announce(Outage outage) {
        try {
            events.publishEvent(new JobServerStatusChanged(outage));
        } catch (RuntimeException e) {
            log.warn("Could not tell the open pages about the job server", e);
        }
    }

    /** A check that ran well after its time means the whole JVM was paused or short of CPU meanwhile. */
    private void noteStall() {
        long now = System.nanoTime();
        Duration late = Duration.ofNanos(now - lastCheckNanos).minus(interval);
        lastCheckNanos = now;
        if (late.compareTo(STALL) >= 0) {
            lastStall = late;
            lastStallAt = clock.instant();
            log.warn("The app was paused or short of CPU for about {} s (a check ran late)", late.toSeconds());
        }
    }

    private String likelyCause() {
        if (lastStallAt != null && lastStallAt.isAfter(clock.instant().minus(STALL_MEMORY))) {
            return "The app was paused or short of CPU for about " + lastStall.toSeconds() + " s at " + lastStallAt
                    + ", long enough for JobRunr to lose its heartbeat and shut the server down.";
        }
        return "JobRunr logged why just before (an error it could not recover from).";
    }
}
