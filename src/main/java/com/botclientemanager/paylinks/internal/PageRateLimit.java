package com.botclientemanager.paylinks.internal;

import com.botclientemanager.paylinks.PayLinksProperties;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Requests per address per minute on the clients' pages, in memory. The map is bounded: when it is full the windows
 * that ended are dropped, and while it is still full a new address is refused rather than letting the map grow.
 */
@Component
public class PageRateLimit {

    static final int MAX_ADDRESSES = 50_000;
    private static final long WINDOW_MILLIS = 60_000;

    private final Map<String, Window> windows = new ConcurrentHashMap<>();
    private final int perMinute;
    private final Clock clock = Clock.systemUTC();

    PageRateLimit(PayLinksProperties properties) {
        this.perMinute = properties.requestsPerMinute();
    }

    private record Window(long start, int count) {
    }

    /** Counts one request; false when the address used up this minute's requests. */
    public boolean allow(String address) {
        long now = clock.millis();
        if (windows.size() >= MAX_ADDRESSES && !windows.containsKey(address)) {
            windows.values().removeIf(w -> now - w.start() >= WINDOW_MILLIS);
            if (windows.size() >= MAX_ADDRESSES) {
                return false;
            }
        }
        Window window = windows.compute(address, (key, old) -> old == null || now - old.start() >= WINDOW_MILLIS
                ? new Window(now, 1) : new Window(old.start(), old.count() + 1));
        return window.count() <= perMinute;
    }

    /** Forgets an address (tests, and nothing else, start from a clean slate with it). */
    public void forget(String address) {
        windows.remove(address);
    }
}
