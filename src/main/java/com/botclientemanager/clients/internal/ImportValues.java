package com.botclientemanager.clients.internal;

import com.botclientemanager.validation.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.Period;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the cells of an imported file the way a Brazilian spreadsheet writes them ({@code 1.234,56}, {@code 31/12/2025},
 * "sim") as well as the English and ISO forms. Each method throws {@link IllegalArgumentException} for a cell it cannot
 * read; the import turns that into a row error.
 */
public final class ImportValues {

    private static final DateTimeFormatter BRAZILIAN_DATE = DateTimeFormatter.ofPattern("d/M/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final Pattern MONEY_NOISE = Pattern.compile("(?i)R\\$|[\\s\\u00a0]");
    private static final Pattern TIME = Pattern.compile("(\\d{1,2})[:h](\\d{2})(?::\\d{2})?");
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

    /** A date: {@code 31/12/2025}, {@code 2025-12-31} or an ISO date-time, within {@link ClientLimits}' years. */
    public static LocalDate date(String cell) {
        String text = cell.strip();
        LocalDate date;
        try {
            if (text.contains("/")) {
                date = LocalDate.parse(text, BRAZILIAN_DATE);
            } else {
                date = text.length() > 10 ? LocalDateTime.parse(text).toLocalDate() : LocalDate.parse(text);
            }
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(cell, e);
        }
        if (!ClientLimits.dateAllowed(date)) {
            throw new IllegalArgumentException(cell);
        }
        return date;
    }

    public static LocalDateTime dateTime(String cell) {
        String text = cell.strip();
        try {
            return text.length() <= 10 ? date(text).atStartOfDay() : LocalDateTime.parse(text);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(cell, e);
        }
    }

    /** A time of day: {@code 09:00}, {@code 9:00}, {@code 9h00}, {@code 09:00:00}. */
    public static LocalTime time(String cell) {
        Matcher matcher = TIME.matcher(cell.strip());
        if (!matcher.matches()) {
            throw new IllegalArgumentException(cell);
        }
        int hour = Integer.parseInt(matcher.group(1));
        int minute = Integer.parseInt(matcher.group(2));
        if (hour > 23 || minute > 59) {
            throw new IllegalArgumentException(cell);
        }
        return LocalTime.of(hour, minute);
    }

    /** Yes or no: sim/não, yes/no, true/false, 1/0, ativo/inativo, on/off. */
    public static boolean bool(String cell) {
        return switch (cell.strip().toLowerCase(Locale.ROOT)) {
            case "sim", "s", "yes", "y", "true", "1", "ativo", "ativa", "active", "on", "ligado" -> true;
            case "não", "nao", "n", "no", "false", "0", "inativo", "inativa", "inactive", "off", "desligado" -> false;
            default -> throw new IllegalArgumentException(cell);
        };
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

    private static Period positiveDays(int days, String cell) {
        if (days < 1 || days > 3650) {
            throw new IllegalArgumentException(cell);
        }
        return Period.ofDays(days);
    }
}
