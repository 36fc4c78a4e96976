package com.botclientemanager.templates.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.botclientemanager.validation.InvalidInputException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PixKeysTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "529.982.247-25|52998224725",
            "52998224725|52998224725",
            "11.222.333/0001-81|11222333000181",
            "+55 11 98765-4321|+5511987654321",
            "+55 (21) 99876-5432|+5521998765432",
            "Maria.Souza@Example.com|maria.souza@example.com",
            "123E4567-E12B-12D1-A456-426655440000|123e4567-e12b-12d1-a456-426655440000"})
    void validKeysAreStoredInTheirNormalForm(String typed, String stored) {
        assertThat(PixKeys.normalise(typed)).isEqualTo(stored);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "529.982.247-24|pix.error.key.cpf",
            "111.111.111-11|pix.error.key.cpf",
            "11987654321|pix.error.key.cpf-or-phone",
            "21 99876-5432|pix.error.key.cpf-or-phone",
            "11.222.333/0001-82|pix.error.key.cnpj",
            "+1 202 555 0100|pix.error.key.phone",
            "+55 11 987|pix.error.key.phone",
            "+55 21 3456-7890|pix.error.key.phone",
            "maria@|pix.error.key.email",
            "maria souza@example.com|pix.error.key.email",
            "12345|pix.error.key.invalid",
            "minha chave|pix.error.key.invalid",
            "'   '|pix.error.key.required"})
    void invalidKeysAreRefusedSayingWhy(String typed, String messageKey) {
        assertThatThrownBy(() -> PixKeys.normalise(typed)).isInstanceOfSatisfying(InvalidInputException.class, e -> {
            assertThat(e.field()).isEqualTo("key");
            assertThat(e.messageKey()).isEqualTo(messageKey);
        });
    }
}
