package com.botclientemanager.reports.ui;

import com.botclientemanager.validation.Money;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Locale;

/** Money, counts, percentages and dates in the UI language (R$ 1.234,56 and 37,5% in pt-BR). */
final class ReportFormat {

    private final Locale locale;
    private final NumberFormat count;
    private final NumberFormat percent;
    private final DateTimeFormatter date;

    ReportFormat(Locale locale) {
        this.locale = locale;
        count = NumberFormat.getIntegerInstance(locale);
        percent = NumberFormat.getNumberInstance(locale);
        percent.setMaximumFractionDigits(1);
        date = DateTimeFormatter.ofPattern(locale.getLanguage().equals("en") ? "MM/dd/yyyy" : "dd/MM/yyyy", locale);
    }

    Locale locale() {
        return locale;
    }

    String money(BigDecimal value) {
        return Money.format(value == null ? BigDecimal.ZERO : value, locale);
    }

    String count(int value) {
        return count.format(value);
    }

    /** "37,5%", or "–" when there is no rate. */
    String percent(BigDecimal value) {
        return value == null ? "–" : percent.format(value) + "%";
    }

    String month(YearMonth month) {
        return month.getMonth().getDisplayName(TextStyle.SHORT, locale) + "/" + String.valueOf(month.getYear()).substring(2);
    }

    String date(LocalDate day) {
        return day == null ? "" : date.format(day);
    }
}
