package com.botclientemanager.push;

import java.time.Instant;

/** A browser in which a user turned notifications on. */
public record PushDevice(long id, String label, Instant createdAt, Instant lastDeliveryAt, Instant lastFailureAt) {
}
