package com.botclientemanager.clients.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.botclientemanager.clients.Client;
import com.botclientemanager.storage.Document;
import com.botclientemanager.storage.internal.DocumentJson;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The clients' and payments' changes never modify a stored element in place: the store gives them a copy of the document
 * that shares its elements with the version readers hold, so a changed client or payment is a changed copy set in its
 * place.
 */
class ReplacingElementsTest {

    @Test
    void savingAClientLeavesTheStoredObjectAsItWas() {
        ObjectNode stored = parse("""
                {"clients": [{"id": "a", "name": "Ana", "value": 29.90, "extra": {"x": [1]}},
                             {"id": "b", "name": "Bia", "value": 19.90}]}""");
        ObjectNode copy = sharing(stored, "clients");
        Client ana = ClientCodec.decode((ObjectNode) stored.get("clients").get(0));
        Client caio = ClientCodec.decode(parse("{\"id\": \"c\", \"name\": \"Caio\"}"));

        ClientsDocument.upsert(copy, List.of(ana.withName("Ana Maria"), caio));

        assertThat(stored.get("clients").get(0).get("name").asString()).isEqualTo("Ana");
        assertThat(stored.get("clients").size()).isEqualTo(2);
        assertThat(copy.get("clients").get(0).get("name").asString()).isEqualTo("Ana Maria");
        assertThat(copy.get("clients").get(0).get("extra").get("x").get(0).asInt()).isEqualTo(1);
        assertThat(copy.get("clients").get(1)).isSameAs(stored.get("clients").get(1));
        assertThat(copy.get("clients").get(2).get("id").asString()).isEqualTo("c");
    }

    @Test
    void undoingAPaymentLeavesTheStoredObjectAsItWas() {
        ObjectNode stored = parse("""
                {"payments": [{"id": "p1", "client_id": "a", "amount": 29.90},
                              {"id": "p2", "client_id": "a", "amount": 19.90}]}""");
        ObjectNode copy = sharing(stored, "payments");

        PaymentsDocument.markUndone(copy, "p2", LocalDateTime.of(2026, 11, 30, 10, 0));

        assertThat(stored.get("payments").get(1).has("undone")).isFalse();
        assertThat(copy.get("payments").get(1).get("undone").asBoolean()).isTrue();
        assertThat(copy.get("payments").get(0)).isSameAs(stored.get("payments").get(0));
    }

    private static ObjectNode parse(String json) {
        return DocumentJson.parse(Document.CLIENTS, json.getBytes(StandardCharsets.UTF_8));
    }

    /** What the store hands a change that replaces elements: a new document and list holding the same elements. */
    private static ObjectNode sharing(ObjectNode stored, String list) {
        ObjectNode copy = DocumentJson.emptyDocument();
        ArrayNode elements = copy.putArray(list);
        for (JsonNode element : stored.get(list)) {
            elements.add(element);
        }
        return copy;
    }
}
