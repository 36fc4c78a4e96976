package com.botclientemanager.clients.internal;

import com.botclientemanager.validation.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.Period;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the cells of an imported file the way a Brazilian spreadsheet writes them ({@code 1.234,56}, {@code 31/12/2025},
 * "sim") as well as the English and ISO forms, through the one reader {@link Lenient}. Each method throws {@link IllegalArgumentException} for a cell it cannot
 * read; the import turns that into a row error.
 */
public final class ImportValues {

    private static final Pattern MONEY_NOISE = Pattern.compile("(?i)R\\$|[\\s\\u00a0]");
    private static final Pattern DAYS = Pattern.compile("(?i)(\\d{1,4})\\s*(?:dias?|days?|d)");
    private static final Pattern NUMBER = Pattern.compile("\\d{1,4}");

    private ImportValues() {
    }

    /**
     * A price as {@link Money#parse} reads it ({@code 1.234,56}, {@code 29,90}, {@code R$ 29,90}, {@code 29.90}; an
     * ambiguous {@code 1.234} is refused with an {@link com.botclientemanager.validation.InvalidInputException}); JSON
     * cells are plain decimals.
     */
    public static BigDecimal decimal(String cell, boolean json) {
        if (!json) {
            BigDecimal price = Money.parse(cell);
            if (price == null) {
                throw new IllegalArgumentException(cell);
            }
            return price;
        }
        String text = MONEY_NOISE.matcher(cell).replaceAll("");
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(cell, e);
        }
    }

    /** A date as {@link Lenient#date(String)} reads it, within {@link ClientLimits}' years. */
    public static LocalDate date(String cell) {
        LocalDate date = Lenient.date(cell);
        if (date == null || !ClientLimits.dateAllowed(date)) {
            throw new IllegalArgumentException(cell);
        }
        return date;
    }

    /** A date-time, or a date alone (at the start of the day). */
    public static LocalDateTime dateTime(String cell) {
        LocalDateTime dateTime = Lenient.dateTime(cell);
        return dateTime != null ? dateTime : date(cell).atStartOfDay();
    }

    /** A time of day as {@link Lenient#time(String)} reads it. */
    public static LocalTime time(String cell) {
        return required(Lenient.time(cell), cell);
    }

    /** Yes or no as {@link Lenient#bool(String)} reads it. */
    public static boolean bool(String cell) {
        return required(Lenient.bool(cell), cell);
    }

    /**
     * A renewal period: mensal/monthly, bimestral, trimestral/quarterly, semestral, anual/yearly, "45 dias"/"45 days",
     * or a bare number (1, 2, 3, 6 or 12 are months; any other number is days).
     */
    public static Period period(String cell) {
        String text = cell.strip().toLowerCase(Locale.ROOT);
        Period named = switch (text) {
            case "mensal", "monthly", "mes", "mês", "month" -> Period.ofMonths(1);
            case "bimestral", "bimonthly" -> Period.ofMonths(2);
            case "trimestral", "quarterly" -> Period.ofMonths(3);
            case "semestral", "semiannual", "semi-annual", "half-yearly" -> Period.ofMonths(6);
            case "anual", "annual", "yearly", "ano", "year" -> Period.ofMonths(12);
            default -> null;
        };
        if (named != null) {
            return named;
        }
        Matcher days = DAYS.matcher(text);
        if (days.matches()) {
            return positiveDays(Integer.parseInt(days.group(1)), cell);
        }
        if (NUMBER.matcher(text).matches()) {
            int number = Integer.parseInt(text);
            return switch (number) {
                case 1, 2, 3, 6, 12 -> Period.ofMonths(number);
                default -> positiveDays(number, cell);
            };
        }
        throw new IllegalArgumentException(cell);
    }

    public static Period months(String cell) {
        int months = decimal(cell, true).intValueExact();
        if (months < 1 || months > 120) {
            throw new IllegalArgumentException(cell);
        }
        return Period.ofMonths(months);
    }

    public static Period days(String cell) {
        return positiveDays(decimal(cell, true).intValueExact(), cell);
    }

    /** Undoes the apostrophe an export puts before a cell starting with =, +, - or @ (a spreadsheet formula guard). */
    public static String text(String cell) {
        String text = cell.strip();
        return text.length() > 1 && text.charAt(0) == '\'' && "=+-@".indexOf(text.charAt(1)) >= 0 ? text.substring(1) : text;
    }

    private static <T> T required(T value, String cell) {
        if (value == null) {
            throw new IllegalArgumentException(cell);
        }
        return value;
    }

    private static Period positiveDays(int days, String cell) {
        if (days < 1 || days > 3650) {
            throw new IllegalArgumentException(cell);
        }
        return Period.ofDays(days);
    }
}
