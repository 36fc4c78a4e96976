package com.botclientemanager.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * A random secret, made at start-up and kept in memory only, that the app's proxy shows JobRunr's dashboard listener:
 * other local users and processes reach that listener too, but not without the admin's password.
 */
final class DashboardProxyToken {

    private final String value;

    DashboardProxyToken() {
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        value = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }

    String value() {
        return value;
    }

    boolean matches(String candidate) {
        return candidate != null && MessageDigest.isEqual(value.getBytes(StandardCharsets.US_ASCII),
                candidate.getBytes(StandardCharsets.US_ASCII));
    }

    @Override
    public String toString() {
        return "DashboardProxyToken[***]";
    }
}
