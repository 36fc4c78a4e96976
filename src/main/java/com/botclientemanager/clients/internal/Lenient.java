package com.botclientemanager.clients.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/** Reads values written by people and older tools: a value that cannot be understood becomes null, never an error. */
final class Lenient {

    private static final DateTimeFormatter BRAZILIAN_DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu");
    private static final Pattern TIME = Pattern.compile("(\\d{1,2}):(\\d{2})(?::\\d{2}(?:\\.\\d+)?)?");
    private static final Pattern MONEY_NOISE = Pattern.compile("[R$\\s\\u00a0]");

    private Lenient() {
    }

    static String text(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode() || node.isContainer()) {
            return null;
        }
        return node.asString();
    }

    static BigDecimal decimal(JsonNode node) {
        if (node == null) {
            return null;
        }
        if (node.isNumber()) {
            return node.decimalValue();
        }
        String text = text(node);
        if (text == null) {
            return null;
        }
        String cleaned = MONEY_NOISE.matcher(text).replaceAll("");
        if (cleaned.contains(",")) {
            // Brazilian notation: "1.234,56" or "29,90"
            cleaned = cleaned.replace(".", "").replace(',', '.');
        }
        try {
            return cleaned.isEmpty() ? null : new BigDecimal(cleaned);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    static Integer integer(JsonNode node) {
        BigDecimal value = decimal(node);
        try {
            return value == null ? null : value.intValueExact();
        } catch (ArithmeticException e) {
            return null;
        }
    }

    static boolean bool(JsonNode node, boolean fallback) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return fallback;
        }
        if (node.isBoolean()) {
            return node.booleanValue();
        }
        String text = text(node);
        if (text == null) {
            return fallback;
        }
        return switch (text.trim().toLowerCase()) {
            case "true", "1", "sim", "yes" -> true;
            case "false", "0", "nao", "não", "no" -> false;
            default -> fallback;
        };
    }

    static LocalDate date(JsonNode node) {
        String text = text(node);
        if (text == null || text.isBlank()) {
            return null;
        }
        String trimmed = text.trim();
        try {
            return trimmed.contains("/") ? LocalDate.parse(trimmed, BRAZILIAN_DATE)
                    : LocalDate.parse(trimmed.length() > 10 ? trimmed.substring(0, 10) : trimmed);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    static LocalTime time(JsonNode node) {
        String text = text(node);
        if (text == null) {
            return null;
        }
        var matcher = TIME.matcher(text.trim());
        if (!matcher.matches()) {
            return null;
        }
        int hour = Integer.parseInt(matcher.group(1));
        int minute = Integer.parseInt(matcher.group(2));
        return hour < 24 && minute < 60 ? LocalTime.of(hour, minute) : null;
    }

    static LocalDateTime dateTime(JsonNode node) {
        String text = text(node);
        if (text == null || text.isBlank()) {
            return null;
        }
        String trimmed = text.trim();
        try {
            return LocalDateTime.parse(trimmed);
        } catch (DateTimeParseException e) {
            try {
                return OffsetDateTime.parse(trimmed).toLocalDateTime();
            } catch (DateTimeParseException again) {
                return null;
            }
        }
    }
}
