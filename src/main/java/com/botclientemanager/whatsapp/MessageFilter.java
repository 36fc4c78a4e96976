package com.botclientemanager.whatsapp;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;

/**
 * Which log rows to list: statuses (empty = all), a date range in the user's zone (inclusive, each end nullable), a
 * text matched against client name and phone (nullable), one client's id (nullable) and kinds (empty = all).
 */
public record MessageFilter(Set<MessageStatus> statuses, LocalDate from, LocalDate to, String clientText,
        String clientId, ZoneId zone, Set<MessageKind> kinds) {

    public MessageFilter {
        statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
        zone = zone == null ? ZoneId.systemDefault() : zone;
        kinds = kinds == null ? Set.of() : Set.copyOf(kinds);
    }

    /** Every kind of message. */
    public MessageFilter(Set<MessageStatus> statuses, LocalDate from, LocalDate to, String clientText, String clientId,
            ZoneId zone) {
        this(statuses, from, to, clientText, clientId, zone, Set.of());
    }

    public static MessageFilter all() {
        return new MessageFilter(Set.of(), null, null, null, null, null);
    }
}
