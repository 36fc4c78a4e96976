package com.botclientemanager.validation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.Currency;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Prices in reais, read and written one way for every screen, message and import. It sits in this shared module because
 * clients, templates, dashboard and settings all need it and none of them may depend on the others both ways.
 *
 * <p>Reading follows what a Brazilian types: {@code 35,5}, {@code 35,50}, {@code 1.234,56}, {@code R$ 29,90}, and the
 * dot forms a phone keyboard or an English spreadsheet gives ({@code 35.5}, {@code 1234.56}, {@code 1,234.56}). A lone
 * separator followed by exactly three digits ({@code 1.234}, {@code 1,234}) is refused as ambiguous: in Brazil it is
 * one thousand two hundred and thirty-four, yet for a plan price a mistyped {@code 1.23} or {@code 12.34} is as likely,
 * and a wrong guess charges a client a thousand times too much or too little.
 *
 * <p>Writing always shows two decimals: {@code R$ 50,00} in pt-BR, {@code R$50.00} in English.
 */
public final class Money {

    public static final String INVALID = "price.error.invalid";
    public static final String AMBIGUOUS = "price.error.ambiguous";
    public static final String DECIMALS = "price.error.decimals";

    private static final Currency BRL = Currency.getInstance("BRL");
    private static final Locale PT_BR = Locale.forLanguageTag("pt-BR");
    private static final Pattern NOISE = Pattern.compile("(?i)R\\$|[\\s\\u00a0\\u202f]");
    private static final Pattern DIGITS_AND_SEPARATORS = Pattern.compile("[0-9.,]+");
    private static final Pattern GROUPED = Pattern.compile("[0-9]{1,3}(?:[.,][0-9]{3})+");

    private Money() {
    }

    /**
     * The price a person typed, or {@code null} for a blank text; an {@link InvalidInputException} on field "value"
     * with {@link #INVALID}, {@link #AMBIGUOUS} or {@link #DECIMALS} (each takes the typed text as {0}).
     */
    public static BigDecimal parse(String typed) {
        String text = typed == null ? "" : NOISE.matcher(typed).replaceAll("");
        if (text.isEmpty()) {
            return null;
        }
        if (text.length() > 30 || !DIGITS_AND_SEPARATORS.matcher(text).matches()) {
            throw refused(INVALID, typed);
        }
        int lastComma = text.lastIndexOf(',');
        int lastDot = text.lastIndexOf('.');
        int last = Math.max(lastComma, lastDot);
        if (last < 0) {
            return new BigDecimal(text);
        }
        char decimal = text.charAt(last);
        boolean single = text.indexOf(decimal) == last && (decimal == ',' ? lastDot : lastComma) < 0;
        String whole = text.substring(0, last);
        String fraction = text.substring(last + 1);
        if (single && fraction.length() == 3 && !whole.isEmpty() && !whole.startsWith("0")) {
            throw refused(AMBIGUOUS, typed);
        }
        if (!single && text.indexOf(decimal) != last) {
            // only thousands separators, all of one kind: "1.234.567" or "1,234,567"
            if (GROUPED.matcher(text).matches() && (decimal == ',' ? lastDot : lastComma) < 0) {
                return new BigDecimal(text.replace(String.valueOf(decimal), ""));
            }
            throw refused(INVALID, typed);
        }
        if (!whole.isEmpty() && !whole.matches("[0-9]+") && !GROUPED.matcher(whole).matches()) {
            throw refused(INVALID, typed);
        }
        if (whole.indexOf(decimal) >= 0) {
            throw refused(INVALID, typed);
        }
        if (fraction.isEmpty()) {
            throw refused(INVALID, typed);
        }
        if (fraction.length() > 2) {
            throw refused(DECIMALS, typed);
        }
        String digits = whole.replace(".", "").replace(",", "");
        return new BigDecimal((digits.isEmpty() ? "0" : digits) + "." + fraction);
    }

    /** pt-BR "R$ 1.234,56", English "R$1,234.56"; empty for no value. */
    public static String format(BigDecimal value, Locale locale) {
        if (value == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getCurrencyInstance(effective(locale));
        format.setCurrency(BRL);
        return twoDecimals(format).format(value.setScale(2, RoundingMode.HALF_UP));
    }

    /** The number without the symbol, as a price field shows it: pt-BR "1.234,56", English "1,234.56". */
    public static String amount(BigDecimal value, Locale locale) {
        if (value == null) {
            return "";
        }
        return twoDecimals(NumberFormat.getNumberInstance(effective(locale))).format(value.setScale(2, RoundingMode.HALF_UP));
    }

    private static NumberFormat twoDecimals(NumberFormat format) {
        format.setMinimumFractionDigits(2);
        format.setMaximumFractionDigits(2);
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format;
    }

    private static Locale effective(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? Locale.ENGLISH : PT_BR;
    }

    private static InvalidInputException refused(String key, String typed) {
        return new InvalidInputException("value", key, typed == null ? "" : typed.strip());
    }
}
