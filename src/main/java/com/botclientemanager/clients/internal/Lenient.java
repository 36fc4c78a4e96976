package com.botclientemanager.clients.internal;

import java.math.BigDecimal;
import java.time.DateTimeException;
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
        if (isIsoDate(trimmed) && trimmed.indexOf('/') < 0) {
            return isoDate(trimmed);
        }
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
        String trimmed = text.trim();
        if (trimmed.length() == 5 && trimmed.charAt(2) == ':' && digits(trimmed, 0, 2) && digits(trimmed, 3, 5)) {
            return time(number(trimmed, 0, 2), number(trimmed, 3, 5));
        }
        var matcher = TIME.matcher(trimmed);
        if (!matcher.matches()) {
            return null;
        }
        return time(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)));
    }

    private static LocalTime time(int hour, int minute) {
        return hour < 24 && minute < 60 ? LocalTime.of(hour, minute) : null;
    }

    static LocalDateTime dateTime(JsonNode node) {
        String text = text(node);
        if (text == null || text.isBlank()) {
            return null;
        }
        String trimmed = text.trim();
        LocalDateTime common = isoDateTime(trimmed);
        if (common != null) {
            return common;
        }
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

    // Fast paths for the formats this app and the seed app write (java.time's parsers cost a microsecond or more per
    // value, which adds up over 100k clients); anything else goes through the general parsers above.

    /** {@code yyyy-MM-dd}, alone or followed by more text (a date-time). */
    private static boolean isIsoDate(String text) {
        return text.length() >= 10 && text.charAt(4) == '-' && text.charAt(7) == '-' && digits(text, 0, 4)
                && digits(text, 5, 7) && digits(text, 8, 10);
    }

    private static LocalDate isoDate(String text) {
        try {
            return LocalDate.of(number(text, 0, 4), number(text, 5, 7), number(text, 8, 10));
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** {@code yyyy-MM-ddTHH:mm:ss} with an optional fraction of 1 to 9 digits, or null for any other text. */
    private static LocalDateTime isoDateTime(String text) {
        int length = text.length();
        if (length < 19 || length == 20 || length > 29 || !isIsoDate(text) || text.charAt(10) != 'T'
                || text.charAt(13) != ':' || text.charAt(16) != ':' || !digits(text, 11, 13) || !digits(text, 14, 16)
                || !digits(text, 17, 19) || (length > 19 && (text.charAt(19) != '.' || !digits(text, 20, length)))) {
            return null;
        }
        int nanos = 0;
        for (int i = 20; i < 29; i++) {
            nanos = nanos * 10 + (i < length ? text.charAt(i) - '0' : 0);
        }
        try {
            return LocalDateTime.of(number(text, 0, 4), number(text, 5, 7), number(text, 8, 10), number(text, 11, 13),
                    number(text, 14, 16), number(text, 17, 19), nanos);
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static boolean digits(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    private static int number(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            value = value * 10 + text.charAt(i) - '0';
        }
        return value;
    }
}
