package com.botclientemanager.replies.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class KeywordsTest {

    private static final List<String> STOP = List.of("SAIR", "PARAR", "CANCELAR", "STOP");

    @Test
    void aKeywordIsFoundAsAWholeWordWhateverItsCaseAccentsOrTheWordsAround() {
        assertThat(Keywords.find("sair", STOP)).hasValue("SAIR");
        assertThat(Keywords.find("Quero SAIR por favor", STOP)).hasValue("SAIR");
        assertThat(Keywords.find("pârar", STOP)).hasValue("PARAR");
        assertThat(Keywords.find("  Cancelar!!", STOP)).hasValue("CANCELAR");
        assertThat(Keywords.find("STOP.", STOP)).hasValue("STOP");
    }

    @Test
    void wordsThatMerelyContainAKeywordDoNotMatch() {
        assertThat(Keywords.find("saira", STOP)).isEmpty();
        assertThat(Keywords.find("sairei amanhã", STOP)).isEmpty();
        assertThat(Keywords.find("Vou parar na loja", List.of("SAIR"))).isEmpty();
        assertThat(Keywords.find("stopped", STOP)).isEmpty();
        assertThat(Keywords.find("", STOP)).isEmpty();
        assertThat(Keywords.find(null, STOP)).isEmpty();
    }

    @Test
    void brazilianMobilesMatchWithAndWithoutTheNinthDigit() {
        assertThat(BrazilianPhones.variants("5511987654321")).containsExactlyInAnyOrder("5511987654321", "551187654321");
        assertThat(BrazilianPhones.variants("551187654321")).containsExactlyInAnyOrder("551187654321", "5511987654321");
        assertThat(BrazilianPhones.variants("551133334444")).containsExactly("551133334444");
        assertThat(BrazilianPhones.variants("351912345678")).containsExactly("351912345678");
    }
}
