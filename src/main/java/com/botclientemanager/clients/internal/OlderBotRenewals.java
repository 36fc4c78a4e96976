package com.botclientemanager.clients.internal;

import com.botclientemanager.clients.ImportedRenewal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads the older bot's {@code renewal_history} of a client ({@code [{date, days_added, previous_expiration,
 * new_expiration, value}]}). Only read: the app never writes this field, so it stays in the file as it was.
 */
public final class OlderBotRenewals {

    static final String RENEWAL_HISTORY = "renewal_history";

    private OlderBotRenewals() {
    }

    /** The entries in file order; entries that are not objects are skipped, unreadable fields are null. */
    public static List<ImportedRenewal> of(ObjectNode client) {
        JsonNode history = client.get(RENEWAL_HISTORY);
        if (history == null || !history.isArray()) {
            return List.of();
        }
        List<ImportedRenewal> renewals = new ArrayList<>(history.size());
        for (JsonNode entry : history) {
            if (entry.isObject()) {
                renewals.add(new ImportedRenewal(dateTime(entry.get("date")), Lenient.integer(entry.get("days_added")),
                        Lenient.date(entry.get("previous_expiration")), Lenient.date(entry.get("new_expiration")),
                        Lenient.decimal(entry.get("value"))));
            }
        }
        return List.copyOf(renewals);
    }

    /** The older bot writes a date-time; a plain date counts as its start. */
    private static LocalDateTime dateTime(JsonNode node) {
        LocalDateTime dateTime = Lenient.dateTime(node);
        if (dateTime != null) {
            return dateTime;
        }
        LocalDate date = Lenient.date(node);
        return date == null ? null : date.atStartOfDay();
    }
}
