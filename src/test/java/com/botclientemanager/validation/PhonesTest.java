package com.botclientemanager.validation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** One reading of a phone number for the client form, the import, the test send and the PIX key. */
class PhonesTest {

    @ParameterizedTest
    @ValueSource(strings = {"(11) 90000-0017", "11 90000-0017", "+55 11 90000-0017", "5511900000017", "+55 (11) 90000-0017",
            "011900000017"})
    void whatABrazilianTypesIsReadInBrazil(String typed) {
        assertThat(Phones.normalise(typed, "BR")).contains("5511900000017");
    }

    @Test
    void withoutADefaultCountryTheCountryCodeIsNeeded() {
        assertThat(Phones.normalise("+55 11 90000-0017", null)).contains("5511900000017");
        assertThat(Phones.normalise("55 11 90000-0017", null)).contains("5511900000017");
        assertThat(Phones.normalise("(11) 90000-0017", null)).isEmpty();
        assertThat(Phones.normalise("123", "BR")).isEmpty();
        assertThat(Phones.normalise("0800 123 4567", "BR")).isEmpty();
    }

    @Test
    void mobileMeansAMobileOfThatCountry() {
        assertThat(Phones.isMobile("11987654321", "BR")).isTrue();
        assertThat(Phones.isMobile("1134567890", "BR")).isFalse();
        assertThat(Phones.isMobile("52998224725", "BR")).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"(11) 90000-0017", "+55 21 3456-7890", "5531977665544", "+1 202 555 0100"})
    void whatTheFormStoresTheSenderSends(String typed) {
        String stored = Phones.normalise(typed, "BR").orElseThrow();
        assertThat(Phones.sendable(stored)).isTrue();
        assertThat(Phones.digits(stored)).isSameAs(stored);
    }

    @ParameterizedTest
    @ValueSource(strings = {"11900000017", "5500900000017", "558001234567", "12345678", "+5511900000017", "", " "})
    void theSenderRefusesWhatTheFormWouldRefuse(String stored) {
        assertThat(Phones.sendable(stored)).isFalse();
        assertThat(Phones.sendable(null)).isFalse();
    }

    @Test
    void digitsAreTheNumbersWithoutPunctuation() {
        assertThat(Phones.digits("+55 (11) 90000-0017")).isEqualTo("5511900000017");
        assertThat(Phones.digits("ligar depois")).isEmpty();
        assertThat(Phones.digits(null)).isEmpty();
    }

    @Test
    void storedNumbersAreShownInternationally() {
        assertThat(Phones.format("5511900000017")).isEqualTo("+55 11 90000-0017");
        assertThat(Phones.format("abc")).isEqualTo("abc");
        assertThat(Phones.format(" 12345 ")).isEqualTo("12345");
        assertThat(Phones.format(null)).isEmpty();
    }
}
