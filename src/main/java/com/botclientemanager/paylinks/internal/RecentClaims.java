package com.botclientemanager.paylinks.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The "Já paguei" sent lately, so the same one sent twice in a row (a double tap, a reload that posts again) reaches
 * the reseller once. Bounded: the oldest are forgotten first.
 */
@Component
class RecentClaims {

    private static final int MAX = 10_000;

    private final Map<String, Boolean> seen = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
            return size() > MAX;
        }
    };

    /** True the first time a claim with this key is seen. */
    synchronized boolean first(String key) {
        return seen.put(key, Boolean.TRUE) == null;
    }
}
