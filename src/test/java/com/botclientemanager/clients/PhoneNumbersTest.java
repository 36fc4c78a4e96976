package com.botclientemanager.clients;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PhoneNumbersTest {

    private final PhoneNumbers phones = new PhoneNumbers("BR");

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "(11) 99988-7766    | 5511999887766",
            "+55 11 99988-7766  | 5511999887766",
            "11999887766        | 5511999887766",
            "5511999887766      | 5511999887766",
            "011 99988-7766     | 5511999887766",
            "(21) 3333-4444     | 552133334444",
            "+351 912 345 678   | 351912345678"})
    void typedNumbersAreStoredAsDigitsWithCountryCode(String typed, String stored) {
        assertThat(phones.normalise(typed)).contains(stored);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "123", "99988-7766", "(00) 99988-7766", "+55 11 1234", "telefone",
            "11 99988-7766 99988-7766 99988-7766 99988-7766"})
    void impossibleNumbersAreRefused(String typed) {
        assertThat(phones.normalise(typed)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "5511999887766 | +55 11 99988-7766",
            "552133334444  | +55 21 3333-4444",
            "not a phone   | not a phone"})
    void storedNumbersAreFormattedForReading(String stored, String shown) {
        assertThat(phones.format(stored)).isEqualTo(shown);
    }
}
