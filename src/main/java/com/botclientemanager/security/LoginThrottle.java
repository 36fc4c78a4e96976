package com.botclientemanager.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Failed logins per client address. After {@value #MAX_FAILURES} failures within {@link #WINDOW} the address is
 * refused until its oldest failure leaves the window. Keyed by address, never by account, so an attacker elsewhere
 * cannot lock the real admin out.
 */
@Component
public class LoginThrottle {

    static final int MAX_FAILURES = 5;
    static final Duration WINDOW = Duration.ofMinutes(15);
    private static final int MAX_TRACKED_ADDRESSES = 100_000;

    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();
    private final Clock clock;

    public LoginThrottle() {
        this(Clock.systemUTC());
    }

    LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    public boolean isBlocked(String address) {
        Deque<Instant> recent = failures.get(address);
        if (recent == null) {
            return false;
        }
        synchronized (recent) {
            prune(recent);
            return recent.size() >= MAX_FAILURES;
        }
    }

    /** How long until {@code address} may try again; zero when it is not blocked. */
    public Duration retryAfter(String address) {
        Deque<Instant> recent = failures.get(address);
        if (recent == null) {
            return Duration.ZERO;
        }
        synchronized (recent) {
            prune(recent);
            if (recent.size() < MAX_FAILURES) {
                return Duration.ZERO;
            }
            Instant freed = recent.stream().skip(recent.size() - MAX_FAILURES).findFirst().orElseThrow().plus(WINDOW);
            Duration wait = Duration.between(clock.instant(), freed);
            return wait.isNegative() ? Duration.ZERO : wait;
        }
    }

    public void recordFailure(String address) {
        if (failures.size() > MAX_TRACKED_ADDRESSES) {
            failures.entrySet().removeIf(e -> { synchronized (e.getValue()) { prune(e.getValue()); return e.getValue().isEmpty(); } });
        }
        Deque<Instant> recent = failures.computeIfAbsent(address, a -> new ArrayDeque<>());
        synchronized (recent) {
            prune(recent);
            recent.addLast(clock.instant());
        }
    }

    public void recordSuccess(String address) {
        failures.remove(address);
    }

    private void prune(Deque<Instant> recent) {
        Instant cutoff = clock.instant().minus(WINDOW);
        while (!recent.isEmpty() && recent.peekFirst().isBefore(cutoff)) {
            recent.removeFirst();
        }
    }
}
