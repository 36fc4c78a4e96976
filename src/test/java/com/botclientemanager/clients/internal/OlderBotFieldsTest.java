package com.botclientemanager.clients.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.botclientemanager.clients.Client;
import com.botclientemanager.clients.PaymentStatus;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** Clients of both versions of the older bot: read as this app's concepts, written back in that bot's names. */
class OlderBotFieldsTest {

    static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void theLaterVersionsFieldsAreUnderstood() throws IOException {
        Client client = ClientCodec.decode(fixture(0));

        assertThat(client.notes()).isEqualTo("[05/01/2026 14:03] Cliente indicado pelo João\n[10/11/2026 09:12] Pagou via PIX");
        assertThat(client.renewalPeriod()).isEqualTo(Period.ofMonths(1));
        assertThat(client.server()).isEqualTo("UltraPlay");
        assertThat(client.paymentStatus()).isEqualTo(PaymentStatus.PENDING);
        assertThat(client.paidForDueDate()).isFalse();
        assertThat(ClientCodec.decode(fixture(3)).paidForDueDate()).isTrue();
        assertThat(ClientCodec.decode(fixture(1)).renewalPeriod()).as("renewal_days 0: none").isNull();
        assertThat(ClientCodec.decode(fixture(2)).service()).isEqualTo("STREAMING");
    }

    @Test
    void everyClientOfBothVersionsComesBackUnchangedWhenSavedUnchanged() throws IOException {
        for (ObjectNode original : fixtures()) {
            ObjectNode written = original.deepCopy();
            ClientCodec.overlay(ClientCodec.decode(original), written);
            assertThat(written).isEqualTo(original);
        }
    }

    @Test
    void editedNotesAndRenewalPeriodAreWrittenInTheOlderNamesAndTypes() throws IOException {
        ObjectNode node = fixture(0);
        Client edited = new Client(ClientCodec.idOf(node), "Assinante 00", "5511980000000", "IPTV", null, null, null, null,
                null, null, null, null, "Só paga no PIX", true, true, Period.ofMonths(3), false);

        ClientCodec.overlay(edited, node);

        assertThat(node.get("observations").asString()).isEqualTo("Só paga no PIX");
        assertThat(node.get("renewal_days").isInt()).isTrue();
        assertThat(node.get("renewal_days").intValue()).isEqualTo(90);
        assertThat(node.has("notes")).isFalse();
        assertThat(node.has("renewal_period_months")).isFalse();
        assertThat(node.has("renewal_period_days")).isFalse();
        assertThat(node.get("server").asString()).as("kept").isEqualTo("UltraPlay");
        assertThat(node.get("renewal_history")).as("kept").isEqualTo(fixture(0).get("renewal_history"));
        assertThat(ClientCodec.decode(node).renewalPeriod()).isEqualTo(Period.ofMonths(3));
    }

    @Test
    void aNewDueDateTurnsPaidIntoPendingAndAYearIs365Days() throws IOException {
        ObjectNode node = fixture(3);
        Client paid = ClientCodec.decode(node);

        ClientCodec.overlay(paid.withDueDate(LocalDate.of(2027, 1, 10)), node);

        assertThat(node.get("payment_status").asString()).isEqualTo("pending");
        assertThat(node.get("plan_duration").asString()).isEqualTo("2027-01-10");
        assertThat(OlderBotFields.days(Period.ofYears(1))).isEqualTo(365);
        assertThat(OlderBotFields.period(365)).isEqualTo(Period.ofMonths(12));
        assertThat(OlderBotFields.period(45)).isEqualTo(Period.ofDays(45));
    }

    @Test
    void aPaidMarkSurvivesAnEditThatKeepsTheDueDate() throws IOException {
        ObjectNode node = fixture(3);
        ClientCodec.overlay(ClientCodec.decode(node).withName("Assinante 03 (Gil)"), node);
        assertThat(node.get("payment_status").asString()).isEqualTo("paid");
    }

    @Test
    void anEarlierVersionsClientGetsNoneOfTheLaterFields() throws IOException {
        ObjectNode node = fixture(4);
        Client client = ClientCodec.decode(node);
        assertThat(client.server()).isNull();
        assertThat(client.paymentStatus()).isNull();

        ClientCodec.overlay(client.withName("Assinante 04 (Ana)"), node);

        assertThat(node.has("payment_status")).isFalse();
        assertThat(node.has("server")).isFalse();
        assertThat(node.has("observations")).isFalse();
    }

    static List<ObjectNode> fixtures() throws IOException {
        try (InputStream in = OlderBotFieldsTest.class.getResourceAsStream("/com/botclientemanager/olderbot/clients.json")) {
            List<ObjectNode> clients = new ArrayList<>();
            for (JsonNode client : JSON.readTree(in).get("clients")) {
                clients.add((ObjectNode) client);
            }
            return clients;
        }
    }

    static ObjectNode fixture(int index) throws IOException {
        return fixtures().get(index);
    }
}
