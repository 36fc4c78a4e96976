package com.botclientemanager.templates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.botclientemanager.testing.RunningAppTest;
import com.botclientemanager.validation.InvalidInputException;
import com.botclientemanager.whatsapp.LoggedMessage;
import com.botclientemanager.whatsapp.MessageFilter;
import com.botclientemanager.whatsapp.MessageLog;
import com.botclientemanager.whatsapp.SendOutcome;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** "Send a test to my number" renders like the preview and goes through the message log (simulated in test mode). */
class PreviewSenderTest extends RunningAppTest {

    @Autowired
    PreviewSender tests;
    @Autowired
    MessageLog log;

    @Test
    void sendsTheRenderedTemplateToTheGivenNumber() {
        SendOutcome outcome = tests.send("Oi {nome}, teste!", MessageData.sample(LocalDate.of(2026, 11, 27)),
                "+55 (11) 98765-4321");
        assertThat(outcome).isEqualTo(SendOutcome.SIMULATED);
        LoggedMessage logged = log.find(MessageFilter.all(), 0, 1).get(0);
        assertThat(logged.phone()).isEqualTo("5511987654321");
        assertThat(logged.text()).isEqualTo("Oi Maria Souza, teste!");
        assertThat(logged.kind()).isEqualTo("test");
        assertThat(logged.clientName()).as("the live notice and the log name the number, not nobody")
                .isEqualTo("+5511987654321");
    }

    @Test
    void refusesANumberWithoutCountryCodeThatWouldReachSomeoneElse() {
        int before = log.count(MessageFilter.all());
        for (String typed : new String[] {"(11) 98765-4321", "11987654321", "+55 0800 123 4567"}) {
            assertThatThrownBy(() -> tests.send("Oi", MessageData.sample(LocalDate.now()), typed)).as(typed)
                    .isInstanceOf(InvalidInputException.class).hasMessageContaining("templates.test.phone-invalid");
        }
        assertThat(log.count(MessageFilter.all())).isEqualTo(before);
    }

    @Test
    void refusesANumberThatCannotBeAWhatsAppNumber() {
        int before = log.count(MessageFilter.all());
        assertThatThrownBy(() -> tests.send("Oi", MessageData.sample(LocalDate.now()), "12345"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("templates.test.phone-invalid");
        assertThat(log.count(MessageFilter.all())).isEqualTo(before);
    }
}
