package com.botclientemanager.whatsapp;

import com.botclientemanager.storage.Document;
import com.botclientemanager.storage.DocumentCheck;
import com.botclientemanager.storage.DocumentProblem;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Optional;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The limits of the sending settings in {@code settings.json} (key {@value SendingSettingsService#SETTINGS_KEY}),
 * checked each time the store loads it. A value the page could not have saved (a daily cap of "0" as text, -1, a time
 * of "25:99") would otherwise fall back to its default in silence: a cap of 0 that pauses reminders would become 300.
 */
@Component
class SendingSettingsCheck implements DocumentCheck {

    @Override
    public Document document() {
        return Document.SETTINGS;
    }

    @Override
    public Optional<DocumentProblem> check(ObjectNode content) {
        JsonNode sending = content.get(SendingSettingsService.SETTINGS_KEY);
        if (sending == null || sending.isNull()) {
            return Optional.empty();
        }
        if (!sending.isObject()) {
            return problem("sending.damaged.window", "sending", sending);
        }
        JsonNode startNode = sending.get("windowStart");
        JsonNode endNode = sending.get("windowEnd");
        LocalTime start = time(startNode);
        LocalTime end = time(endNode);
        if (start == null) {
            return problem("sending.damaged.window", "windowStart", startNode);
        }
        if (end == null || (present(startNode) && present(endNode) && !end.isAfter(start))) {
            return problem("sending.damaged.window", "windowEnd", endNode);
        }
        JsonNode days = sending.get("days");
        if (days != null && !days(days)) {
            return problem("sending.damaged.days", "days", days);
        }
        JsonNode rate = sending.get("ratePerMinute");
        if (!number(rate, 1, WhatsAppProperties.MAX_RATE_PER_MINUTE)) {
            return problem("sending.damaged.rate", "ratePerMinute", rate);
        }
        JsonNode cap = sending.get("dailyCap");
        if (!number(cap, 0, WhatsAppProperties.MAX_DAILY_CAP)) {
            return problem("sending.damaged.cap", "dailyCap", cap);
        }
        return Optional.empty();
    }

    private static boolean present(JsonNode node) {
        return node != null && !node.isNull();
    }

    /** A missing time is fine (its default applies, as before anything was saved); a present one must be a time. */
    private static LocalTime time(JsonNode node) {
        if (!present(node)) {
            return LocalTime.MIN;
        }
        try {
            return node.isString() ? LocalTime.parse(node.stringValue()) : null;
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static boolean days(JsonNode node) {
        if (!node.isArray() || node.isEmpty()) {
            return false;
        }
        for (JsonNode day : node) {
            try {
                DayOfWeek.valueOf(day.isString() ? day.stringValue() : "");
            } catch (IllegalArgumentException e) {
                return false;
            }
        }
        return true;
    }

    private static boolean number(JsonNode node, int min, int max) {
        return node == null || node.isNull() || (node.isInt() && node.intValue() >= min && node.intValue() <= max);
    }

    private static Optional<DocumentProblem> problem(String key, String field, JsonNode value) {
        String quoted = value == null ? "" : value.isString() ? value.stringValue() : value.toString();
        if (quoted.length() > 40) {
            quoted = quoted.substring(0, 40) + "…";
        }
        return Optional.of(DocumentProblem.of(Document.SETTINGS, key, "sending." + field + " " + quoted
                + " is not a value the sending settings accept", quoted));
    }
}
