package com.botclientemanager.whatsapp;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Delivery reports for a provider id the log does not know yet. A gateway can report "delivered" or "failed" before the
 * app has written the id it answered with (a slow answer, a pause in the app); such a report is held here for a while
 * and applied as soon as the send is recorded. Most unknown ids are never claimed (messages the reseller sent from the
 * phone), so the holding is bounded in count and time.
 */
final class EarlyReports {

    static final int MAX_HELD = 2_000;
    static final Duration KEPT = Duration.ofMinutes(2);

    record Report(MessageStatus status, String reason, Instant at) {
    }

    private final Map<String, List<Report>> held = new LinkedHashMap<>(64, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, List<Report>> eldest) {
            return size() > MAX_HELD;
        }
    };

    synchronized void hold(String providerMessageId, MessageStatus status, String reason, Instant now) {
        held.computeIfAbsent(providerMessageId, id -> new ArrayList<>(2)).add(new Report(status, reason, now));
    }

    /** The reports held for this id that are not too old, in the order they came; they are handed out once. */
    synchronized List<Report> take(String providerMessageId, Instant now) {
        List<Report> reports = held.remove(providerMessageId);
        if (reports == null) {
            return List.of();
        }
        Instant oldest = now.minus(KEPT);
        return reports.stream().filter(report -> report.at().isAfter(oldest)).toList();
    }

    synchronized int size() {
        return held.size();
    }
}
