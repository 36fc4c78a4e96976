package com.botclientemanager.clients.internal;

import com.botclientemanager.validation.InvalidInputException;
import com.botclientemanager.validation.Money;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Locale;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * The one reader of dates, times, yes/no and amounts as people, spreadsheets and older tools write them
 * ({@code 31/12/2025}, {@code 2025-12-31}, {@code 9h00}, "sim", {@code 1.234,56}): a value that cannot be understood
 * becomes null, never an error. The stored files read through the {@link JsonNode} methods, an import through
 * {@link ImportValues}, which turns a null into a row error.
 */
final class Lenient {

    /** A day that does not exist (31/02) is refused rather than moved to the month's last day. */
    private static final DateTimeFormatter BRAZILIAN_DATE = DateTimeFormatter.ofPattern("d/M/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final Pattern TIME = Pattern.compile("(\\d{1,2})[:hH](\\d{2})(?::\\d{2}(?:\\.\\d+)?)?");

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
        return node.isNumber() ? node.decimalValue() : decimal(text(node));
    }

    /**
     * An amount as {@link Money#parse} reads what a person typed ({@code 29,90}, {@code R$ 1.234,56}, {@code 35.5}), else
     * as a program writes a decimal ({@code 1.234}, {@code 29.999}: text in a file was not typed into a price field, so
     * the dot is a decimal point, not the ambiguity a person's "1.234" is), else null.
     */
    static BigDecimal decimal(String text) {
        if (text == null) {
            return null;
        }
        try {
            return Money.parse(text);
        } catch (InvalidInputException | NumberFormatException e) {
            try {
                return new BigDecimal(text.strip());
            } catch (NumberFormatException notADecimal) {
                return null;
            }
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
        Boolean value = bool(text(node));
        return value == null ? fallback : value;
    }

    /** Yes or no: sim/não, yes/no, true/false, 1/0, ativo/inativo, on/off; null for anything else. */
    static Boolean bool(String text) {
        if (text == null) {
            return null;
        }
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "sim", "s", "yes", "y", "true", "1", "ativo", "ativa", "active", "on", "ligado" -> true;
            case "não", "nao", "n", "no", "false", "0", "inativo", "inativa", "inactive", "off", "desligado" -> false;
            default -> null;
        };
    }

    static LocalDate date(JsonNode node) {
        return date(text(node));
    }

    /** {@code 31/12/2025}, {@code 1/2/2025}, {@code 2025-12-31}, or an ISO date followed by a time. */
    static LocalDate date(String text) {
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
        return time(text(node));
    }

    /** A time of day: {@code 09:00}, {@code 9:00}, {@code 9h00}, {@code 09:00:00}; seconds are dropped. */
    static LocalTime time(String text) {
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
        return dateTime(text(node));
    }

    static LocalDateTime dateTime(String text) {
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
