package com.botclientemanager.templates.internal;

import com.botclientemanager.validation.Money;
import com.botclientemanager.validation.Phones;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.FormatStyle;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/** How values read in a message: the locale's short date with a four-digit year, prices in reais, phone numbers. */
final class MessageFormats {

    private static final Locale PT_BR = Locale.forLanguageTag("pt-BR");

    private MessageFormats() {
    }

    /** pt-BR 27/11/2026, English 11/27/2026. */
    static String date(LocalDate date, Locale locale) {
        if (date == null) {
            return null;
        }
        Locale effective = effective(locale);
        String pattern = DateTimeFormatterBuilder.getLocalizedDateTimePattern(FormatStyle.SHORT, null,
                IsoChronology.INSTANCE, effective).replaceAll("y+", "yyyy");
        return DateTimeFormatter.ofPattern(pattern, effective).format(date);
    }

    /** pt-BR "R$ 1.234,56", English "R$1,234.56"; plain spaces so the text copies cleanly. */
    static String money(BigDecimal value, Locale locale) {
        if (value == null) {
            return null;
        }
        return Money.format(value, effective(locale)).replace('\u00A0', ' ').replace('\u202F', ' ');
    }

    /** The price without its symbol, for a text that writes "R$" itself: pt-BR "1.234,56", English "1,234.56". */
    static String amount(BigDecimal value, Locale locale) {
        if (value == null) {
            return null;
        }
        return Money.amount(value, effective(locale)).replace('\u00A0', ' ').replace('\u202F', ' ');
    }

    /** Whole days between today and the due date, without sign (the text says whether it is before or after). */
    static String daysBetween(LocalDate today, LocalDate dueDate) {
        if (today == null || dueDate == null) {
            return null;
        }
        return Long.toString(Math.abs(ChronoUnit.DAYS.between(today, dueDate)));
    }

    /** Digits with the country code first shown as "+55 11 98765-4321"; anything else as stored. */
    static String phone(String phone) {
        if (phone == null || phone.isBlank()) {
            return null;
        }
        return Phones.format(phone);
    }

    static boolean positive(BigDecimal value) {
        return value != null && value.signum() > 0;
    }

    private static Locale effective(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? Locale.ENGLISH : PT_BR;
    }
}
