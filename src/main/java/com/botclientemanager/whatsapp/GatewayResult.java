package com.botclientemanager.whatsapp;

import java.time.Duration;

/**
 * A provider's answer to a send: accepted (with its message id), simulated, or a failure with its cause, an i18n key
 * for the reason, an optional provider detail (never a secret) and, for a rate limit, how long to wait.
 */
public record GatewayResult(Kind kind, String providerMessageId, FailureCause cause, String reasonKey, String detail,
        Duration retryAfter) {

    public enum Kind { ACCEPTED, SIMULATED, PERMANENT_FAILURE, TRANSIENT_FAILURE }

    public enum FailureCause { NOT_ON_WHATSAPP, UNDELIVERABLE, OUTSIDE_24H_WINDOW, INVALID_CREDENTIALS, REJECTED,
        RATE_LIMITED, UNAVAILABLE, NOT_CONNECTED }

    public static GatewayResult accepted(String providerMessageId) {
        return new GatewayResult(Kind.ACCEPTED, providerMessageId, null, null, null, null);
    }

    public static GatewayResult simulated() {
        return new GatewayResult(Kind.SIMULATED, null, null, null, null, null);
    }

    public static GatewayResult permanent(FailureCause cause, String detail) {
        return new GatewayResult(Kind.PERMANENT_FAILURE, null, cause, reasonKey(cause), detail, null);
    }

    public static GatewayResult transientFailure(FailureCause cause, String detail, Duration retryAfter) {
        return new GatewayResult(Kind.TRANSIENT_FAILURE, null, cause, reasonKey(cause), detail, retryAfter);
    }

    /** The i18n key that explains a failure cause to the user. */
    public static String reasonKey(FailureCause cause) {
        return "whatsapp.reason." + cause.name().toLowerCase().replace('_', '-');
    }
}
