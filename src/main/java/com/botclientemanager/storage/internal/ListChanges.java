package com.botclientemanager.storage.internal;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A change to a document as what it did to each top-level list, keyed by each element's textual {@code "id"}:
 * {@code {"clients": {"put": [elements], "removed": ["id", ...]}}}. Replaying it puts each element in place of the one
 * with its id, or at the end when there is none, and drops the removed ids: exactly the change's result, or the change
 * is not expressible this way and {@link #between} says so.
 */
final class ListChanges {

    static final String PUT = "put";
    static final String REMOVED = "removed";

    private ListChanges() {
    }

    /**
     * What turned {@code before} into {@code after}, which shares the unchanged elements' nodes with it (a change that
     * replaces elements). Empty when a list is reordered, an element has no unique textual id, or anything but a list's
     * elements changed: the whole document is then written.
     */
    static Optional<ObjectNode> between(ObjectNode before, ObjectNode after) {
        if (before.size() != after.size()) {
            return Optional.empty();
        }
        ObjectNode line = after.objectNode();
        Iterator<Map.Entry<String, JsonNode>> old = before.properties().iterator();
        for (Map.Entry<String, JsonNode> field : after.properties()) {
            Map.Entry<String, JsonNode> was = old.next();
            if (!was.getKey().equals(field.getKey())) {
                return Optional.empty();
            }
            if (was.getValue() instanceof ArrayNode oldList && field.getValue() instanceof ArrayNode newList) {
                Optional<ObjectNode> changes = between(oldList, newList);
                if (changes.isEmpty()) {
                    return Optional.empty();
                }
                if (!changes.get().isEmpty()) {
                    line.set(field.getKey(), changes.get());
                }
            } else if (!was.getValue().equals(field.getValue())) {
                return Optional.empty();
            }
        }
        return Optional.of(line);
    }

    private static Optional<ObjectNode> between(ArrayNode before, ArrayNode after) {
        Map<String, Integer> positions = positions(before);
        if (positions == null) {
            return Optional.empty();
        }
        ObjectNode changes = after.objectNode();
        List<JsonNode> put = new ArrayList<>();
        BitSet kept = new BitSet(before.size());
        Set<String> added = new HashSet<>();
        int last = -1;
        for (JsonNode element : after) {
            String id = id(element);
            Integer position = id == null ? null : positions.get(id);
            if (id == null) {
                return Optional.empty();
            } else if (position != null) {
                if (!added.isEmpty() || position <= last) {
                    return Optional.empty(); // moved: replaying puts elements in place or at the end only
                }
                last = position;
                kept.set(position);
                if (before.get(position) != element) {
                    put.add(element);
                }
            } else {
                if (!added.add(id)) {
                    return Optional.empty();
                }
                put.add(element);
            }
        }
        if (!put.isEmpty()) {
            changes.putArray(PUT).addAll(put);
        }
        if (kept.cardinality() < before.size()) {
            ArrayNode removed = changes.putArray(REMOVED);
            for (int i = kept.nextClearBit(0); i < before.size(); i = kept.nextClearBit(i + 1)) {
                removed.add(id(before.get(i)));
            }
        }
        return Optional.of(changes);
    }

    /** Each element's position by id; null when one has no textual id or two share one. */
    private static Map<String, Integer> positions(ArrayNode list) {
        Map<String, Integer> positions = HashMap.newHashMap(list.size());
        for (int i = 0; i < list.size(); i++) {
            String id = id(list.get(i));
            if (id == null || positions.putIfAbsent(id, i) != null) {
                return null;
            }
        }
        return positions;
    }

    private static String id(JsonNode element) {
        JsonNode id = element instanceof ObjectNode object ? object.get("id") : null;
        return id != null && id.isString() ? id.stringValue() : null;
    }

    /** Lines replayed in order onto a document, one pass over each list however many lines there are. */
    static final class Replay {

        private final ObjectNode document;
        private final Map<String, LinkedHashMap<String, JsonNode>> lists = new HashMap<>();

        Replay(ObjectNode document) {
            this.document = document;
        }

        /** @throws IllegalArgumentException when the line does not fit the document (the log is damaged) */
        void apply(JsonNode line) {
            if (!(line instanceof ObjectNode changes)) {
                throw new IllegalArgumentException("a line is not a JSON object");
            }
            for (Map.Entry<String, JsonNode> field : changes.properties()) {
                LinkedHashMap<String, JsonNode> elements = lists.computeIfAbsent(field.getKey(), this::elements);
                JsonNode removed = field.getValue().get(REMOVED);
                if (removed != null) {
                    for (JsonNode id : removed) {
                        elements.remove(id.asString());
                    }
                }
                JsonNode put = field.getValue().get(PUT);
                if (put != null) {
                    for (JsonNode element : put) {
                        String id = id(element);
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
                String id = id(element);
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
}
