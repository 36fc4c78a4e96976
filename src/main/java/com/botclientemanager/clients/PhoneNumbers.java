package com.botclientemanager.clients;

import com.botclientemanager.validation.Phones;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * WhatsApp numbers: what a person types ({@code (11) 99988-7766}, {@code +55 11 99988-7766}, {@code 11999887766}) is
 * stored as digits with the country code ({@code 5511999887766}); numbers without "+" are read in the default country
 * (the saved {@link ClientSettings#phoneRegion()}, else {@code app.clients.phone-region}). The reading is {@link Phones}'.
 */
@Component
public class PhoneNumbers {

    private final Supplier<String> region;

    /** Reads numbers in the region the reseller saved, as it is at each call. */
    @Autowired
    public PhoneNumbers(ClientSettingsService settings) {
        this.region = () -> settings.current().phoneRegion();
    }

    /** Reads numbers in one fixed region. */
    public PhoneNumbers(String defaultRegion) {
        if (!Phones.knownRegion(defaultRegion)) {
            throw new IllegalArgumentException("app.clients.phone-region: unknown country " + defaultRegion);
        }
        this.region = () -> defaultRegion;
    }

    /** The number as digits with country code, empty when it cannot be a mobile or fixed line number. */
    public Optional<String> normalise(String typed) {
        return Phones.normalise(typed, region.get());
    }

    /** A stored number for reading ({@code +55 11 99988-7766}); what cannot be parsed is shown as stored. */
    public String format(String stored) {
        return Phones.format(stored);
    }

    /** The country calling code of the default region, for the form's hint ("+55"). */
    public int defaultCountryCode() {
        return Phones.countryCode(region.get());
    }
}
