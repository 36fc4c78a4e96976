package com.botclientemanager.ui;

import com.botclientemanager.validation.Money;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Locale;

/**
 * Money, counts, percentages and dates as the user's language writes them on every page (R$ 1.234,56, 37,5% and
 * 31/12/2025 in pt-BR; R$1,234.56, 37.5% and Dec 31, 2025 in English).
 */
public final class UiFormat {

    private static final DateTimeFormatter DATE_PT = DateTimeFormatter.ofPattern("dd/MM/yyyy", I18nProvider.PT_BR);
    private static final DateTimeFormatter DATE_EN = DateTimeFormatter.ofPattern("MMM d, yyyy", I18nProvider.EN);

    private final Locale locale;
    private final NumberFormat count;
    private final NumberFormat percent;
    private final DateTimeFormatter dayMonth;

    public UiFormat(Locale uiLocale) {
        this.locale = I18nProvider.supported(uiLocale);
        boolean english = I18nProvider.EN.equals(locale);
        count = NumberFormat.getIntegerInstance(locale);
        percent = NumberFormat.getNumberInstance(locale);
        percent.setMaximumFractionDigits(1);
        dayMonth = DateTimeFormatter.ofPattern(english ? "MM/dd" : "dd/MM", locale);
    }

    public Locale locale() {
        return locale;
    }

    /** "R$ 1.234,56"; no value counts as zero. */
    public String money(BigDecimal value) {
        return Money.format(value == null ? BigDecimal.ZERO : value, locale);
    }

    public String count(int value) {
        return count.format(value);
    }

    /** "37,5%", or "–" when there is no rate. */
    public String percent(BigDecimal value) {
        return value == null ? "–" : percent.format(value) + "%";
    }

    /** "nov/26". */
    public String month(YearMonth month) {
        return month.getMonth().getDisplayName(TextStyle.SHORT, locale) + "/" + String.valueOf(month.getYear()).substring(2);
    }

    /** "31/12/2025"; empty when there is no date. */
    public String date(LocalDate day) {
        return date(day, locale);
    }

    /** {@link #date(LocalDate)} without an instance, for grids that format a date per row. */
    public static String date(LocalDate day, Locale uiLocale) {
        return day == null ? "" : (I18nProvider.EN.equals(I18nProvider.supported(uiLocale)) ? DATE_EN : DATE_PT).format(day);
    }

    /** "31/12", for dates in the current year's lists and charts. */
    public String day(LocalDate day) {
        return day == null ? "" : dayMonth.format(day);
    }
}
