package com.botclientemanager.templates;

import java.util.Locale;
import java.util.Optional;

/** Which clients a template is for, by their service (IPTV, VPN or anything else). */
public enum ServiceFilter {
    ALL, IPTV, VPN, OTHER;

    public String json() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<ServiceFilter> fromJson(String value) {
        for (ServiceFilter filter : values()) {
            if (filter.json().equals(value)) {
                return Optional.of(filter);
            }
        }
        return Optional.empty();
    }

    /** Whether a client with this service (free text, case-insensitive; null is "other") gets the template. */
    public boolean matches(String service) {
        String normalised = service == null ? "" : service.strip().toUpperCase(Locale.ROOT);
        return switch (this) {
            case ALL -> true;
            case IPTV -> normalised.equals("IPTV");
            case VPN -> normalised.equals("VPN");
            case OTHER -> !normalised.equals("IPTV") && !normalised.equals("VPN");
        };
    }

    public String labelKey() {
        return "templates.service." + json();
    }
}
