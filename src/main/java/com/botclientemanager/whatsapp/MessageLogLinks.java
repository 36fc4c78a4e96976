package com.botclientemanager.whatsapp;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The address of the message log with filters, {@code /messages?status=failed&day=today}, as other pages link to it
 * (the dashboard's cards, a client's history). Unknown values mean "no filter", never an error.
 */
public final class MessageLogLinks {

    public static final String ROUTE = "messages";
    /** A client's id. */
    public static final String CLIENT = "client";
    /** {@value #SENT}, {@value #FAILED}, or one status by name ({@code missed}, {@code read}...). */
    public static final String STATUS = "status";
    /** {@value #TODAY} or a date ({@code 2026-11-27}), in the log's zone ({@link MessageLog#zone()}). */
    public static final String DAY = "day";
    /** Every message that really went out: sent, delivered or read, not simulated (the dashboard's "sent today"). */
    public static final String SENT = "sent";
    public static final String FAILED = "failed";
    public static final String TODAY = "today";

    private MessageLogLinks() {
    }

    /** The statuses a {@value #STATUS} value stands for; empty (every status) when it is not one of them. */
    public static Set<MessageStatus> statuses(String value) {
        String wanted = value == null ? "" : value.strip().toUpperCase(Locale.ROOT);
        if (wanted.equals(SENT.toUpperCase(Locale.ROOT))) {
            return EnumSet.copyOf(Arrays.stream(MessageStatus.values())
                    .filter(MessageStatus::reachedWhatsApp).toList());
        }
        return Arrays.stream(MessageStatus.values()).filter(s -> s.name().equals(wanted))
                .map(s -> (Set<MessageStatus>) EnumSet.of(s)).findFirst().orElse(Set.of());
    }

    /** The day a {@value #DAY} value stands for; empty when it is neither {@value #TODAY} nor an ISO date. */
    public static Optional<LocalDate> day(String value, LocalDate today) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        if (value.strip().equalsIgnoreCase(TODAY)) {
            return Optional.of(today);
        }
        try {
            return Optional.of(LocalDate.parse(value.strip()));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
