package com.botclientemanager.whatsapp;

import static org.assertj.core.api.Assertions.assertThat;

import com.botclientemanager.validation.Phones;
import org.junit.jupiter.api.Test;

/** "Enviar mensagem de teste" reads a number as the client form does (country code required: no default country here). */
class TestSendPhoneTest {

    @Test
    void theTestSendReadsNumbersAsTheClientFormDoes() {
        assertThat(WhatsAppConnection.normalizePhone("+55 11 90000-0017")).contains("5511900000017");
        assertThat(WhatsAppConnection.normalizePhone("55 (11) 90000-0017")).contains("5511900000017");
        assertThat(WhatsAppConnection.normalizePhone("(11) 90000-0017")).isEmpty();
        // a number no WhatsApp account can have (toll-free) is refused like in the client form
        assertThat(WhatsAppConnection.normalizePhone("+55 800 123 4567")).isEmpty();
        for (String typed : new String[] {"+55 21 3456-7890", "+1 202 555 0100", "12345", "+55 800 123 4567"}) {
            assertThat(WhatsAppConnection.normalizePhone(typed)).as(typed).isEqualTo(Phones.normalise(typed, null));
        }
    }
}
