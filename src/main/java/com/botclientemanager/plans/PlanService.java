package com.botclientemanager.plans;

import java.util.Locale;

/** What a plan sells: IPTV, VPN or something else. */
public enum PlanService {
    IPTV, VPN, OTHER;

    public String messageKey() {
        return "plans.service." + name().toLowerCase(Locale.ROOT);
    }

    /** The stored name, {@link #OTHER} when unknown. */
    public static PlanService of(String stored) {
        for (PlanService service : values()) {
            if (service.name().equalsIgnoreCase(stored == null ? "" : stored.strip())) {
                return service;
            }
        }
        return OTHER;
    }
}
