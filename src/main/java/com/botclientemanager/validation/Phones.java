package com.botclientemanager.validation;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberType;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import java.util.Optional;
import java.util.Set;

/**
 * WhatsApp numbers as people write them ({@code (11) 99988-7766}, {@code +55 11 99988-7766}, {@code 5511999887766}),
 * read by libphonenumber's rules into digits with the country code ({@code 5511999887766}). The one reading and the one
 * validity rule for the client form, the import, search, the PIX key, the test sends and the sender: it sits in this
 * shared module because whatsapp and templates may not depend on clients (clients depends on both).
 */
public final class Phones {

    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();
    private static final String UNKNOWN_REGION = "ZZ";

    private Phones() {
    }

    /**
     * The number as digits with country code when it can be a mobile or fixed line; a number without "+" is read in
     * {@code defaultRegion} (a country such as "BR"), or must start with its country code when that is null.
     */
    public static Optional<String> normalise(String typed, String defaultRegion) {
        return parse(typed, defaultRegion == null ? UNKNOWN_REGION : defaultRegion)
                .map(number -> number.getCountryCode() + UTIL.getNationalSignificantNumber(number));
    }

    /**
     * Whether a stored number (digits with the country code, as {@link #normalise} gives it) is one a message may be
     * sent to: the sender's check, the same rule as the form's.
     */
    public static boolean sendable(String stored) {
        return stored != null && !stored.isEmpty() && digits(stored).equals(stored)
                && normalise("+" + stored, null).filter(stored::equals).isPresent();
    }

    /** The ASCII digits of a text ("+55 (11) 90000-0017" gives "5511900000017"); the text itself when it has no other. */
    public static String digits(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder digits = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean digit = c >= '0' && c <= '9';
            if (!digit && digits == null) {
                digits = new StringBuilder(text.length()).append(text, 0, i);
            } else if (digit && digits != null) {
                digits.append(c);
            }
        }
        return digits == null ? text : digits.toString();
    }

    /** Whether {@link #normalise} reads the text as a mobile number of the region ("BR": DDD and nine digits). */
    public static boolean isMobile(String typed, String region) {
        return parse(typed, region).filter(n -> UTIL.getNumberType(n) == PhoneNumberType.MOBILE
                && region.equals(UTIL.getRegionCodeForNumber(n))).isPresent();
    }

    /** A stored number for reading ({@code +55 11 99988-7766}); what cannot be parsed is shown as stored. */
    public static String format(String stored) {
        if (stored == null || stored.isBlank()) {
            return "";
        }
        String digits = digits(stored);
        if (digits.length() < 8 || digits.length() > 15) {
            return stored.strip();
        }
        try {
            return UTIL.format(UTIL.parse("+" + digits, UNKNOWN_REGION), PhoneNumberFormat.INTERNATIONAL);
        } catch (NumberParseException e) {
            return stored.strip();
        }
    }

    public static boolean knownRegion(String region) {
        return UTIL.getSupportedRegions().contains(region);
    }

    /** The countries a default region may be (ISO codes such as "BR"). */
    public static Set<String> regions() {
        return UTIL.getSupportedRegions();
    }

    /** The country calling code of a region ("BR" gives 55). */
    public static int countryCode(String region) {
        return UTIL.getCountryCodeForRegion(region);
    }

    private static Optional<PhoneNumber> parse(String typed, String region) {
        if (typed == null || typed.isBlank() || typed.length() > 40) {
            return Optional.empty();
        }
        String text = typed.strip();
        // "5511999887766" (the stored form) has no "+": try it as international first when it is long enough.
        if (!text.startsWith("+") && digits(text).length() >= 12) {
            Optional<PhoneNumber> international = valid("+" + digits(text), region);
            if (international.isPresent()) {
                return international;
            }
        }
        return valid(text, region);
    }

    private static Optional<PhoneNumber> valid(String text, String region) {
        try {
            PhoneNumber number = UTIL.parse(text, region);
            if (!UTIL.isValidNumber(number)) {
                return Optional.empty();
            }
            PhoneNumberType type = UTIL.getNumberType(number);
            boolean reachable = type == PhoneNumberType.MOBILE || type == PhoneNumberType.FIXED_LINE_OR_MOBILE
                    || type == PhoneNumberType.FIXED_LINE;
            return reachable ? Optional.of(number) : Optional.empty();
        } catch (NumberParseException e) {
            return Optional.empty();
        }
    }
}
