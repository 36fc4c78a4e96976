package com.botclientemanager.clients;

import java.util.Locale;
import java.util.Optional;

/** The older bot's {@code payment_status} of a client, kept in its words ("pending", "paid", "overdue"). */
public enum PaymentStatus {
    PENDING, PAID, OVERDUE;

    public String json() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<PaymentStatus> fromJson(String value) {
        if (value == null) {
            return Optional.empty();
        }
        String normalised = value.strip().toLowerCase(Locale.ROOT);
        for (PaymentStatus status : values()) {
            if (status.json().equals(normalised)) {
                return Optional.of(status);
            }
        }
        return Optional.empty();
    }
}
