package com.botclientemanager.dashboard.ui;

import com.botclientemanager.validation.Money;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Locale;

/** Money, counts and dates in the UI language (R$ 1.234,56 in pt-BR; R$1,234.56 in English). */
final class DashboardFormat {

    private final Locale locale;
    private final NumberFormat count;
    private final DateTimeFormatter dayMonth;

    DashboardFormat(Locale locale) {
        this.locale = locale;
        this.count = NumberFormat.getIntegerInstance(locale);
        this.dayMonth = DateTimeFormatter.ofPattern(locale.getLanguage().equals("en") ? "MM/dd" : "dd/MM", locale);
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

    String month(YearMonth month) {
        return month.getMonth().getDisplayName(TextStyle.SHORT, locale) + "/" + String.valueOf(month.getYear()).substring(2);
    }

    String day(java.time.LocalDate day) {
        return dayMonth.format(day);
    }
}
