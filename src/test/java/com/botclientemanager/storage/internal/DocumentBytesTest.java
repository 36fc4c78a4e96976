package com.botclientemanager.storage.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.botclientemanager.storage.DocumentChange;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** A write with the bytes of unchanged elements kept is byte for byte what {@link DocumentJson#write} writes. */
class DocumentBytesTest {

    private static final String[] TEXTS = {"", "Maria Santos", "Conceição", "João \"Zé\"", "linha 1\r\nlinha 2\t👋",
            "\\ barra / e \u0001 controle", "São Paulo – ç ã õ"};

    @Test
    void writesWhatDocumentJsonWritesAfterManyMixedChanges() throws IOException {
        Random random = new Random(16);
        ObjectNode current = DocumentJson.emptyDocument();
        current.put("version", 1);
        ArrayNode clients = current.putArray("clients");
        for (int i = 0; i < 40; i++) {
            clients.add(element(random, i));
        }
        current.putObject("meta").put("name", TEXTS[3]).putArray("tags").add("a").add(2);
        current.putArray("payments");
        current.putNull("nothing");
        DocumentBytes bytes = DocumentBytes.NONE;
        int next = 40;
        for (int round = 0; round < 500; round++) {
            boolean shared = random.nextInt(6) != 0;
            ObjectNode copy = DocumentCopies.forChange(current, new DocumentChange("round " + round, d -> d, shared));
            ArrayNode list = (ArrayNode) copy.get(random.nextInt(4) == 0 ? "payments" : "clients");
            int at = list.isEmpty() ? 0 : random.nextInt(list.size());
            switch (list.isEmpty() ? 0 : random.nextInt(8)) {
                case 0 -> list.add(element(random, next++));
                case 1 -> list.insert(random.nextInt(list.size() + 1), element(random, next++));
                case 2 -> list.remove(at);
                case 3, 4 -> list.set(at, changed(list.get(at), random));
                case 5 -> {
                    JsonNode moved = list.remove(at);
                    list.insert(random.nextInt(list.size() + 1), moved);
                }
                case 6 -> list.add(list.get(at)); // the same node twice
                default -> copy.put("version", round);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            bytes = bytes.write(copy, out);
            assertThat(out.toString(StandardCharsets.UTF_8)).as("round %d", round)
                    .isEqualTo(new String(DocumentJson.write(copy), StandardCharsets.UTF_8));
            current = copy;
        }
        assertThat(current.get("clients").size()).isGreaterThan(40);
        assertThat(current.get("payments").size()).isPositive();
    }

    @Test
    void anEmptyDocumentAndEmptyListsAreWrittenAlike() throws IOException {
        ObjectNode empty = DocumentJson.emptyDocument();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DocumentBytes.NONE.write(empty, out);
        assertThat(out.toByteArray()).isEqualTo(DocumentJson.write(empty));
        empty.putArray("clients");
        out.reset();
        DocumentBytes.NONE.write(empty, out);
        assertThat(out.toByteArray()).isEqualTo(DocumentJson.write(empty));
    }

    private static JsonNode element(Random random, int id) {
        ObjectNode node = DocumentJson.emptyDocument();
        switch (random.nextInt(10)) {
            case 0 -> {
                return node.textNode(TEXTS[random.nextInt(TEXTS.length)]);
            }
            case 1 -> {
                return node.numberNode(new BigDecimal("29.90"));
            }
            case 2 -> {
                return node.nullNode();
            }
            case 3 -> {
                return node;
            }
            default -> {
                node.put("id", "c" + id);
                node.put("name", TEXTS[random.nextInt(TEXTS.length)]);
                node.put("value", new BigDecimal(random.nextInt(100) + "." + random.nextInt(10) + "0"));
                node.put("active", random.nextBoolean());
                node.putNull("note");
                if (random.nextBoolean()) {
                    node.putObject("billing").put("paid", new BigDecimal("10.00")).putArray("history").add(1).addNull();
                }
                if (random.nextBoolean()) {
                    node.putArray("empty");
                }
                return node;
            }
        }
    }

    /** A changed copy of the element, as a change that replaces elements makes it. */
    private static JsonNode changed(JsonNode element, Random random) {
        if (!(element instanceof ObjectNode object)) {
            return element(random, random.nextInt(1000));
        }
        ObjectNode copy = object.deepCopy();
        copy.put("name", TEXTS[random.nextInt(TEXTS.length)]);
        copy.put("count", random.nextInt());
        return copy;
    }
}
