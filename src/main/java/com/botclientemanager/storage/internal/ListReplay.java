package com.botclientemanager.storage.internal;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@link ListChanges} lines replayed in order onto a document (a file and its change log), one pass over each list
 * however many lines there are: each put element takes the place of the one with its id, or goes at the end; removed
 * ids are dropped.
 */
final class ListReplay {

    private final ObjectNode document;
    private final Map<String, LinkedHashMap<String, JsonNode>> lists = new HashMap<>();

    ListReplay(ObjectNode document) {
        this.document = document;
    }

    /** @throws IllegalArgumentException when the line does not fit the document (the log is damaged) */
    void apply(JsonNode line) {
        if (!(line instanceof ObjectNode changes)) {
            throw new IllegalArgumentException("a line is not a JSON object");
        }
        for (Map.Entry<String, JsonNode> field : changes.properties()) {
            LinkedHashMap<String, JsonNode> elements = lists.computeIfAbsent(field.getKey(), this::elements);
            JsonNode removed = field.getValue().get(ListChanges.REMOVED);
            if (removed != null) {
                for (JsonNode id : removed) {
                    elements.remove(id.asString());
                }
            }
            JsonNode put = field.getValue().get(ListChanges.PUT);
            if (put != null) {
                for (JsonNode element : put) {
                    String id = ListChanges.id(element);
                    if (id == null) {
                        throw new IllegalArgumentException("an element without an id in " + field.getKey());
                    }
                    elements.put(id, element);
                }
            }
        }
    }

    private LinkedHashMap<String, JsonNode> elements(String name) {
        if (!(document.get(name) instanceof ArrayNode list)) {
            throw new IllegalArgumentException("the document has no list " + name);
        }
        LinkedHashMap<String, JsonNode> elements = LinkedHashMap.newLinkedHashMap(list.size() + 16);
        for (JsonNode element : list) {
            String id = ListChanges.id(element);
            if (id == null || elements.putIfAbsent(id, element) != null) {
                throw new IllegalArgumentException("an element of " + name + " has no unique id");
            }
        }
        return elements;
    }

    /** The document with every line applied. */
    ObjectNode result() {
        for (Map.Entry<String, LinkedHashMap<String, JsonNode>> list : lists.entrySet()) {
            ArrayNode replaced = document.arrayNode(list.getValue().size());
            replaced.addAll(list.getValue().values());
            document.set(list.getKey(), replaced);
        }
        return document;
    }
}
