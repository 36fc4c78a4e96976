package com.botclientemanager.clients;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberType;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * WhatsApp numbers: what a person types ({@code (11) 99988-7766}, {@code +55 11 99988-7766}, {@code 11999887766}) is
 * stored as digits with the country code ({@code 5511999887766}); numbers without "+" are read in the default country
 * (the saved {@link ClientDefaults#phoneRegion()}, else {@code app.clients.phone-region}). The rules are libphonenumber's.
 */
@Component
public class PhoneNumbers {

    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();

    private final Supplier<String> region;

    /** Reads numbers in the region the reseller saved, as it is at each call. */
    @Autowired
    public PhoneNumbers(ClientSettings settings) {
        this.region = () -> settings.current().phoneRegion();
    }

    /** Reads numbers in one fixed region. */
    public PhoneNumbers(String defaultRegion) {
        if (!UTIL.getSupportedRegions().contains(defaultRegion)) {
            throw new IllegalArgumentException("app.clients.phone-region: unknown country " + defaultRegion);
        }
        this.region = () -> defaultRegion;
    }

    /** The number as digits with country code, empty when it cannot be a mobile or fixed line number. */
    public Optional<String> normalise(String typed) {
        return parse(typed).map(number -> number.getCountryCode() + UTIL.getNationalSignificantNumber(number));
    }

    /** A stored number for reading ({@code +55 11 99988-7766}); what cannot be parsed is shown as stored. */
    public String format(String stored) {
        if (stored == null || stored.isBlank()) {
            return "";
        }
        String digits = stored.replaceAll("\\D", "");
        try {
            return UTIL.format(UTIL.parse("+" + digits, region.get()), PhoneNumberFormat.INTERNATIONAL);
        } catch (NumberParseException e) {
            return stored;
        }
    }

    /** The country calling code of the default region, for the form's hint ("+55"). */
    public int defaultCountryCode() {
        return UTIL.getCountryCodeForRegion(region.get());
    }

    private Optional<PhoneNumber> parse(String typed) {
        if (typed == null || typed.isBlank() || typed.length() > 40) {
            return Optional.empty();
        }
        String text = typed.strip();
        // "5511999887766" (already stored form) has no "+": try it as international first when it is long enough.
        if (!text.startsWith("+") && text.replaceAll("\\D", "").length() >= 12) {
            Optional<PhoneNumber> international = valid("+" + text.replaceAll("\\D", ""));
            if (international.isPresent()) {
                return international;
            }
        }
        return valid(text);
    }

    private Optional<PhoneNumber> valid(String text) {
        try {
            PhoneNumber number = UTIL.parse(text, region.get());
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
