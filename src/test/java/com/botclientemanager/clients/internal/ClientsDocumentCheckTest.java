package com.botclientemanager.clients.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.botclientemanager.storage.Document;
import com.botclientemanager.storage.DocumentProblem;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The limits of clients.json and payments.json: each value the app cannot handle is found where the document is
 * loaded, naming the client and the value; what the seed app and people write that the app reads is accepted.
 */
class ClientsDocumentCheckTest {

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(tools.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();
    private final ClientsDocumentCheck clients = new ClientsDocumentCheck();
    private final PaymentsDocumentCheck payments = new PaymentsDocumentCheck();

    private static ObjectNode client(String field, String json) {
        return (ObjectNode) JSON.readTree("{\"clients\":[{\"id\":\"ok\",\"name\":\"Bia\",\"value\":30},"
                + "{\"id\":\"c7\",\"name\":\"Maria Santos\",\"value\":29.9,\"plan_duration\":\"2026-12-01\","
                + "\"reminder_time_3days\":\"09:00\",\"" + field + "\":" + json + "}]}");
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', value = {
            "value | \"1e999999999\" | clients.damaged.value | 1e999999999",
            "value | 1e999999999 | clients.damaged.value | 1E+999999999",
            "value | \"NaN\" | clients.damaged.value | NaN",
            "value | \"Infinity\" | clients.damaged.value | Infinity",
            "value | -29.90 | clients.damaged.value | -29.90",
            "value | \"-5\" | clients.damaged.value | -5",
            "value | 10000000 | clients.damaged.value | 10000000",
            "value | \"grátis\" | clients.damaged.value | grátis",
            "value | {} | clients.damaged.value | {}",
            "plan_duration | \"99999-12-31\" | clients.damaged.due-date | 99999-12-31",
            "plan_duration | \"+99999-12-31\" | clients.damaged.due-date | +99999-12-31",
            "plan_duration | \"31/12/1899\" | clients.damaged.due-date | 31/12/1899",
            "plan_duration | \"amanhã\" | clients.damaged.due-date | amanhã",
            "reminder_time_3days | \"25:99\" | clients.damaged.time | 25:99",
            "reminder_time_payment | \"9h\" | clients.damaged.time | 9h",
            "renewal_period_days | 100000 | clients.damaged.renewal | 100000",
            "renewal_period_months | 1e999999999 | clients.damaged.renewal | 1E+999999999"})
    void aValueTheAppCannotHandleDamagesTheDocumentNamingTheClient(String field, String json, String key, String shown) {
        Optional<DocumentProblem> problem = clients.check(client(field, json));

        assertThat(problem).hasValueSatisfying(p -> {
            assertThat(p.document()).isEqualTo(Document.CLIENTS);
            assertThat(p.messageKey()).isEqualTo(key);
            assertThat(p.arguments()).containsExactly("Maria Santos", shown);
            assertThat(p.detail()).contains("client 2 (id c7)").doesNotContain("Maria");
        });
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', value = {
            "value | 29.90", "value | \"29,90\"", "value | \"R$ 1.234,56\"", "value | 0", "value | 9999999.99",
            "value | \"\"", "value | null", "plan_duration | \"\"", "plan_duration | \"27/11/2026\"",
            "plan_duration | \"2026-11-27T10:00:00\"", "plan_duration | \"9999-12-31\"", "reminder_time_3days | \"9:00\"",
            "reminder_time_3days | \"\"", "reminder_time_payment | \"23:59:00\"", "renewal_period_days | 3650",
            "renewal_period_months | 0", "notes | \"1e999999999\""})
    void whatTheSeedAppAndPeopleWriteIsAccepted(String field, String json) {
        assertThat(clients.check(client(field, json))).isEmpty();
    }

    @Test
    void aDocumentWhoseClientsAreNotAListIsDamaged() {
        assertThat(clients.check((ObjectNode) JSON.readTree("{\"clients\":{\"a\":1}}")))
                .hasValueSatisfying(p -> assertThat(p.messageKey()).isEqualTo("clients.damaged.not-a-list"));
        assertThat(clients.check((ObjectNode) JSON.readTree("{}"))).isEmpty();
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', value = {
            "amount | \"1e999999999\" | payments.damaged.amount", "amount | -10 | payments.damaged.amount",
            "amount | \"NaN\" | payments.damaged.amount", "date | \"99999-01-01\" | payments.damaged.date",
            "new_due_date | \"0001-01-01\" | payments.damaged.date"})
    void aPaymentOutOfRangeDamagesPayments(String field, String json, String key) {
        ObjectNode document = (ObjectNode) JSON.readTree("{\"payments\":[{\"id\":\"p1\",\"amount\":30,\"date\":\"2026-11-01\"},"
                + "{\"id\":\"p2\",\"amount\":30,\"date\":\"2026-11-02\",\"" + field + "\":" + json + "}]}");
        assertThat(payments.check(document)).hasValueSatisfying(p -> {
            assertThat(p.messageKey()).isEqualTo(key);
            assertThat(p.arguments().getFirst()).isEqualTo("2");
        });
    }

    /** Its cost is part of the clients load figure in {@code StorageBench}; here only that 100k valid clients pass. */
    @Test
    void aHundredThousandValidClientsPassTheCheck() {
        StringBuilder file = new StringBuilder("{\"clients\":[");
        for (int i = 0; i < 100_000; i++) {
            file.append(i == 0 ? "" : ",").append("{\"id\":\"").append(i).append("\",\"name\":\"Cliente ").append(i)
                    .append("\",\"phone\":\"55119").append(10_000_000 + i).append("\",\"value\":29.90,")
                    .append("\"plan_duration\":\"2026-12-").append(String.format("%02d", 1 + i % 28))
                    .append("\",\"reminder_time_3days\":\"09:00\",\"reminder_time_payment\":\"10:00\"}");
        }
        ObjectNode document = (ObjectNode) JSON.readTree(file.append("]}").toString());
        assertThat(clients.check(document)).isEmpty();
    }
}
