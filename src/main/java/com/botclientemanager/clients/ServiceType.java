package com.botclientemanager.clients;

import java.util.Locale;

/** The service a client buys. The stored value ({@code plan_type}) is "IPTV", "VPN" or any other free text. */
public enum ServiceType {
    IPTV, VPN, OTHER;

    /** The kind of a stored service text; blank and unknown texts are {@link #OTHER}. */
    public static ServiceType of(String stored) {
        if (stored == null) {
            return OTHER;
        }
        return switch (stored.strip().toUpperCase(Locale.ROOT)) {
            case "IPTV" -> IPTV;
            case "VPN" -> VPN;
            default -> OTHER;
        };
    }

    public String messageKey() {
        return "clients.service." + name().toLowerCase(Locale.ROOT);
    }
}
