package com.botclientemanager.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Every price field reads what a Brazilian types, refuses what it cannot read for sure, and shows two decimals. */
class MoneyTest {

    private static final Locale PT_BR = Locale.forLanguageTag("pt-BR");

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource(delimiter = ';', value = {
            "35.5;35.50", "35,5;35.50", "35,50;35.50", "1.234,56;1234.56", "1234.56;1234.56", "1234,56;1234.56",
            "R$ 29,90;29.90", "R$29,90;29.90", "50;50", "1.234.567;1234567", "1,234.56;1234.56", " 0,99 ;0.99",
            "0.5;0.5", ",5;0.5"})
    void readsWhatABrazilianMeans(String typed, String expected) {
        assertThat(Money.parse(typed)).isEqualByComparingTo(new BigDecimal(expected));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1.234", "1,234", "35.500", "999,999"})
    void refusesALoneSeparatorBeforeThreeDigitsAsAmbiguous(String typed) {
        assertThatThrownBy(() -> Money.parse(typed)).isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((InvalidInputException) e).messageKey()).isEqualTo(Money.AMBIGUOUS);
    }

    @ParameterizedTest
    @ValueSource(strings = {"35.5.5", "1.23,45", "12,34.5,6", "-35", "35;5", "abc", "35,", "1.234,567.89", "3 5x"})
    void refusesWhatIsNotAPrice(String typed) {
        assertThatThrownBy(() -> Money.parse(typed)).isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((InvalidInputException) e).messageKey()).isEqualTo(Money.INVALID);
    }

    @Test
    void refusesMoreThanTwoDecimals() {
        assertThatThrownBy(() -> Money.parse("12,3456")).isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((InvalidInputException) e).messageKey()).isEqualTo(Money.DECIMALS);
    }

    @Test
    void blankIsNoPrice() {
        assertThat(Money.parse("  ")).isNull();
        assertThat(Money.parse(null)).isNull();
    }

    @Test
    void alwaysShowsTwoDecimals() {
        assertThat(Money.format(new BigDecimal("50"), PT_BR)).isEqualTo("R$\u00a050,00");
        assertThat(Money.format(new BigDecimal("50.0"), PT_BR)).isEqualTo("R$\u00a050,00");
        assertThat(Money.format(new BigDecimal("1234.5"), PT_BR)).isEqualTo("R$\u00a01.234,50");
        assertThat(Money.format(new BigDecimal("35.5"), Locale.forLanguageTag("pt"))).isEqualTo("R$\u00a035,50");
        assertThat(Money.format(new BigDecimal("50"), Locale.ENGLISH)).isEqualTo("R$50.00");
        assertThat(Money.amount(new BigDecimal("35.5"), PT_BR)).isEqualTo("35,50");
        assertThat(Money.amount(new BigDecimal("1234.5"), Locale.ENGLISH)).isEqualTo("1,234.50");
    }

    @Test
    void whatItWritesItReadsBack() {
        for (String price : new String[] {"0.01", "35.5", "1234.56", "9999999.99"}) {
            assertThat(Money.parse(Money.amount(new BigDecimal(price), PT_BR))).isEqualByComparingTo(price);
            assertThat(Money.parse(Money.format(new BigDecimal(price), PT_BR))).isEqualByComparingTo(price);
        }
    }
}
