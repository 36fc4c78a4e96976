package com.botclientemanager.push.internal;

/** A short name for a device from its user agent ("Chrome no Android"), never the whole header. */
public final class DeviceLabels {

    private DeviceLabels() {
    }

    public static String of(String userAgent) {
        String ua = userAgent == null ? "" : userAgent;
        String browser = ua.contains("Edg/") ? "Edge" : ua.contains("SamsungBrowser") ? "Samsung Internet"
                : ua.contains("Firefox/") ? "Firefox" : ua.contains("Chrome/") || ua.contains("CriOS") ? "Chrome"
                : ua.contains("Safari/") ? "Safari" : "Browser";
        String system = ua.contains("Android") ? "Android" : ua.contains("iPhone") ? "iPhone"
                : ua.contains("iPad") ? "iPad" : ua.contains("Windows") ? "Windows" : ua.contains("Mac OS") ? "Mac"
                : ua.contains("Linux") ? "Linux" : "";
        return system.isEmpty() ? browser : browser + " · " + system;
    }
}
