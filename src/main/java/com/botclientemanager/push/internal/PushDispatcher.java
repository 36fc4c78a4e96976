package com.botclientemanager.push.internal;

import com.botclientemanager.push.PushNotice;
import com.botclientemanager.push.PushProperties;
import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Sends notices on its own thread, never the caller's. Per device: at most {@code perDeviceMinute} a minute (the rest
 * are folded into one "N novos avisos" when the minute is over), a push service that failed is tried again after
 * 30 s, 2 min, 8 min... up to {@code retries} times, and a device the push service calls gone (404/410) is removed.
 */
@Component
public class PushDispatcher {

    static final Duration FIRST_RETRY = Duration.ofSeconds(30);
    private static final Duration MINUTE = Duration.ofMinutes(1);
    private static final Logger log = LoggerFactory.getLogger(PushDispatcher.class);

    private final SubscriptionRepository subscriptions;
    private final PushSender sender;
    private final PushProperties properties;
    private final Clock clock;
    private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "push-sender");
        thread.setDaemon(true);
        return thread;
    });
    /** Only touched on the executor's thread. */
    private final Map<Long, Deque<Instant>> recentSends = new HashMap<>();
    private final Map<Long, Folded> folded = new HashMap<>();

    private record Folded(StoredSubscription to, int count, PushNotice last) {
    }

    PushDispatcher(SubscriptionRepository subscriptions, PushSender sender, PushProperties properties, Clock clock) {
        this.subscriptions = subscriptions;
        this.sender = sender;
        this.properties = properties;
        this.clock = clock;
    }

    /** Sends the notice to every device whose user has not muted its event. */
    public void submit(PushNotice notice) {
        executor.execute(() -> guarded(() -> {
            for (StoredSubscription to : subscriptions.all()) {
                if (!subscriptions.muted(to.username()).contains(notice.event())) {
                    offer(to, notice);
                }
            }
        }));
    }

    /** Sends the notice to these devices only (e.g. "Enviar teste" to the user's own devices). */
    public void submit(PushNotice notice, List<StoredSubscription> to) {
        executor.execute(() -> guarded(() -> to.forEach(device -> offer(device, notice))));
    }

    private void offer(StoredSubscription to, PushNotice notice) {
        Instant now = clock.instant();
        Deque<Instant> sent = recentSends.computeIfAbsent(to.id(), id -> new ArrayDeque<>());
        while (!sent.isEmpty() && !sent.peekFirst().isAfter(now.minus(MINUTE))) {
            sent.pollFirst();
        }
        if (sent.size() >= properties.perDeviceMinute()) {
            Folded before = folded.get(to.id());
            folded.put(to.id(), new Folded(to, before == null ? 1 : before.count() + 1, notice));
            if (before == null) {
                long wait = Duration.between(now, sent.peekFirst().plus(MINUTE)).toMillis();
                executor.schedule(() -> guarded(() -> releaseFolded(to.id())), Math.max(wait, 1), TimeUnit.MILLISECONDS);
            }
            return;
        }
        sent.addLast(now);
        attempt(to, notice, 0);
    }

    private void releaseFolded(long deviceId) {
        Folded held = folded.remove(deviceId);
        if (held != null) {
            offer(held.to(), held.count() == 1 ? held.last() : PushNotices.folded(held.count()));
        }
    }

    private void attempt(StoredSubscription to, PushNotice notice, int tried) {
        PushSender.Result result = sender.send(to, PushPayload.of(notice, to.locale()));
        Instant now = clock.instant();
        switch (result.outcome()) {
            case DELIVERED -> subscriptions.delivered(to.id(), now);
            case GONE -> {
                subscriptions.delete(to.id());
                log.info("Push device {} ({}) is gone ({}): removed", to.id(), to.label(), result.detail());
            }
            case RETRY, REJECTED -> {
                subscriptions.failed(to.id(), now, result.detail());
                if (result.outcome() == PushSender.Outcome.RETRY && tried < properties.retries()) {
                    long delay = FIRST_RETRY.toMillis() << (2 * tried);
                    executor.schedule(() -> guarded(() -> attempt(to, notice, tried + 1)), delay, TimeUnit.MILLISECONDS);
                } else {
                    log.warn("Push to device {} ({}) failed: {}", to.id(), to.label(), result.detail());
                }
            }
        }
    }

    private static void guarded(Runnable work) {
        try {
            work.run();
        } catch (RuntimeException e) {
            log.warn("Push sending failed: {}", e.toString());
        }
    }

    @PreDestroy
    void stop() {
        executor.shutdownNow();
    }
}
