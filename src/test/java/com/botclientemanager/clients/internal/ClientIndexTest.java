package com.botclientemanager.clients.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Search text folding: accents and case ignored, the same for the Latin fast path as for full Unicode normalisation. */
class ClientIndexTest {

    @Test
    void foldsAccentsAndCase() {
        assertThat(ClientIndex.normalise("João CONCEIÇÃO Ñandú İlhéus")).isEqualTo("joao conceicao nandu ilheus");
        assertThat(ClientIndex.normalise("Conceic\u0327a\u0303o")).isEqualTo("conceicao");
        assertThat(ClientIndex.normalise("Δήμητρα 😀 São")).isEqualTo("δημητρα 😀 sao");
        assertThat(ClientIndex.normalise("plain ascii 123")).isEqualTo("plain ascii 123");
    }

    @Test
    void everyLatinCharacterFoldsAsFullNormalisationFoldsIt() {
        for (char c = 0; c < 0x300; c++) {
            String text = "a" + c + "B" + c;
            String full = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
            assertThat(ClientIndex.normalise(text)).as("U+%04X", (int) c).isEqualTo(full);
        }
    }
}
