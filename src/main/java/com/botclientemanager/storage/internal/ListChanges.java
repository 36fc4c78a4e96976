package com.botclientemanager.storage.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A change to a document as what it did to each top-level list, keyed by each element's textual {@code "id"}:
 * {@code {"clients": {"put": [elements], "removed": ["id", ...]}}}. Replaying it ({@link ListReplay}) puts each element
 * in place of the one with its id, or at the end when there is none, and drops the removed ids: exactly the change's
 * result, or the change is not expressible this way and {@link #to} says so.
 * <p>
 * Holds the ids of each list of one version of the document, kept up to date change by change, so finding what a
 * change did costs a walk over the lists by node identity plus the changed elements, not a look-up of 100k ids.
 */
final class ListChanges {

    static final String PUT = "put";
    static final String REMOVED = "removed";

    private ObjectNode version;
    /** Each list's elements by id; no entry for a list whose ids are not unique and textual. */
    private final Map<String, Map<String, JsonNode>> lists = new HashMap<>();

    private ListChanges(ObjectNode version) {
        this.version = version;
        for (Map.Entry<String, JsonNode> field : version.properties()) {
            if (field.getValue() instanceof ArrayNode list) {
                Map<String, JsonNode> byId = HashMap.newHashMap(list.size() + 64);
                boolean unique = true;
                for (JsonNode element : list) {
                    String id = id(element);
                    if (id == null || byId.putIfAbsent(id, element) != null) {
                        unique = false;
                        break;
                    }
                }
                if (unique) {
                    lists.put(field.getKey(), byId);
                }
            }
        }
    }

    /** The ids of this version of a document (one pass over its lists). */
    static ListChanges of(ObjectNode version) {
        return new ListChanges(version);
    }

    boolean indexes(ObjectNode document) {
        return version == document;
    }

    /**
     * What turned the indexed version into {@code after}, which shares the unchanged elements' nodes with it (a change
     * that replaces elements); the ids then index {@code after}. Empty when a list is reordered, an element has no
     * unique textual id, or anything but a list's elements changed: the whole document is then written.
     */
    Optional<ObjectNode> to(ObjectNode after) {
        ObjectNode before = version;
        if (before.size() != after.size()) {
            return Optional.empty();
        }
        ObjectNode line = after.objectNode();
        Map<String, ListChange> changes = new HashMap<>();
        Iterator<Map.Entry<String, JsonNode>> old = before.properties().iterator();
        for (Map.Entry<String, JsonNode> field : after.properties()) {
            Map.Entry<String, JsonNode> was = old.next();
            if (!was.getKey().equals(field.getKey())) {
                return Optional.empty();
            }
            if (was.getValue() instanceof ArrayNode oldList && field.getValue() instanceof ArrayNode newList) {
                ListChange change = change(oldList, newList, lists.get(field.getKey()));
                if (change == null) {
                    return Optional.empty();
                }
                if (!change.isEmpty()) {
                    changes.put(field.getKey(), change);
                    line.set(field.getKey(), change.json(after));
                }
            } else if (!was.getValue().equals(field.getValue())) {
                return Optional.empty();
            }
        }
        changes.forEach((name, change) -> change.applyTo(lists.get(name)));
        version = after;
        return Optional.of(line);
    }

    private record ListChange(List<JsonNode> put, List<String> removed) {

        boolean isEmpty() {
            return put.isEmpty() && removed.isEmpty();
        }

        ObjectNode json(ObjectNode factory) {
            ObjectNode json = factory.objectNode();
            if (!put.isEmpty()) {
                json.putArray(PUT).addAll(put);
            }
            if (!removed.isEmpty()) {
                ArrayNode ids = json.putArray(REMOVED);
                removed.forEach(ids::add);
            }
            return json;
        }

        void applyTo(Map<String, JsonNode> byId) {
            removed.forEach(byId::remove);
            put.forEach(element -> byId.put(id(element), element));
        }
    }

    /**
     * Only the window between the longest common start and end (by node identity) changed; an element in it keeps its
     * place (same id as one in the old window, in the same order) or is new and goes at the end. Null when not so.
     */
    private static ListChange change(ArrayNode before, ArrayNode after, Map<String, JsonNode> byId) {
        int n = before.size();
        int m = after.size();
        int start = 0;
        while (start < n && start < m && before.get(start) == after.get(start)) {
            start++;
        }
        int end = 0;
        while (end < n - start && end < m - start && before.get(n - 1 - end) == after.get(m - 1 - end)) {
            end++;
        }
        if (start == n && start == m) {
            return new ListChange(List.of(), List.of());
        }
        if (byId == null) {
            return null;
        }
        Map<String, Integer> window = new HashMap<>();
        for (int i = start; i < n - end; i++) {
            window.put(id(before.get(i)), i);
        }
        List<JsonNode> put = new ArrayList<>();
        boolean[] kept = new boolean[n - end - start];
        int last = -1;
        boolean added = false;
        java.util.Set<String> newIds = new java.util.HashSet<>();
        for (int j = start; j < m - end; j++) {
            JsonNode element = after.get(j);
            String id = id(element);
            if (id == null) {
                return null;
            }
            Integer position = window.get(id);
            if (position != null) {
                if (added || position <= last) {
                    return null; // moved: replaying puts elements in place or at the end only
                }
                last = position;
                kept[position - start] = true;
                if (before.get(position) != element) {
                    put.add(element);
                }
            } else {
                if (end > 0 || byId.containsKey(id) || !newIds.add(id)) {
                    return null; // not at the end, or a second element with an id already there
                }
                added = true;
                put.add(element);
            }
        }
        List<String> removed = new ArrayList<>();
        for (int i = 0; i < kept.length; i++) {
            if (!kept[i]) {
                removed.add(id(before.get(start + i)));
            }
        }
        return new ListChange(put, removed);
    }

    static String id(JsonNode element) {
        JsonNode id = element instanceof ObjectNode object ? object.get("id") : null;
        return id != null && id.isString() ? id.stringValue() : null;
    }
}
