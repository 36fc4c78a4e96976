package com.botclientemanager.clients.ui;

import com.botclientemanager.ui.I18nProvider;
import com.botclientemanager.ui.UiFormat;
import com.botclientemanager.validation.Money;
import com.vaadin.flow.component.datepicker.DatePicker.DatePickerI18n;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Month;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/** Prices, dates and times as the user's language writes them (R$ 29,90 and 31/12/2025 in pt-BR). */
final class Formats {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private Formats() {
    }

    static Locale locale(Locale uiLocale) {
        return I18nProvider.supported(uiLocale);
    }

    static String price(BigDecimal value, Locale uiLocale) {
        return Money.format(value, locale(uiLocale));
    }

    static String date(LocalDate date, Locale uiLocale) {
        return UiFormat.date(date, uiLocale);
    }

    static String time(LocalTime time) {
        return time == null ? "" : TIME.format(time);
    }

    /** The date picker's texts in the user's language: month and day names, first weekday and the date format. */
    static DatePickerI18n datePickerI18n(Locale uiLocale, Function<String, String> translate) {
        Locale locale = locale(uiLocale);
        List<String> months = new ArrayList<>();
        for (Month month : Month.values()) {
            String name = month.getDisplayName(TextStyle.FULL_STANDALONE, locale);
            months.add(name.substring(0, 1).toUpperCase(locale) + name.substring(1));
        }
        List<String> weekdays = new ArrayList<>();
        List<String> weekdaysShort = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            DayOfWeek day = DayOfWeek.SUNDAY.plus(i);
            weekdays.add(day.getDisplayName(TextStyle.FULL_STANDALONE, locale));
            weekdaysShort.add(day.getDisplayName(TextStyle.SHORT_STANDALONE, locale).replace(".", ""));
        }
        boolean english = I18nProvider.EN.equals(locale);
        return new DatePickerI18n().setMonthNames(months).setWeekdays(weekdays).setWeekdaysShort(weekdaysShort)
                .setFirstDayOfWeek(0)
                .setDateFormats(english ? "MM/dd/yyyy" : "dd/MM/yyyy", english ? "M/d/yyyy" : "d/M/yyyy",
                        english ? "MM/dd/yy" : "dd/MM/yy", "yyyy-MM-dd")
                .setToday(translate.apply("clients.date-picker.today"))
                .setCancel(translate.apply("clients.date-picker.cancel"))
                .setBadInputErrorMessage(translate.apply("clients.date-picker.bad-input"));
    }
}
