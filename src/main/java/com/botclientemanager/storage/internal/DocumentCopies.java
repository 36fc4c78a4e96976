package com.botclientemanager.storage.internal;

import com.botclientemanager.storage.DocumentChange;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** The private copy of a document that a {@link DocumentChange} is applied to. */
final class DocumentCopies {

    private DocumentCopies() {
    }

    /**
     * A deep copy, or for a change that {@link DocumentChange#replacesElements() replaces elements} a new document
     * with new top-level lists holding the same element nodes: a payment then costs no copy of 100k others.
     */
    static ObjectNode forChange(ObjectNode current, DocumentChange change) {
        if (!change.replacesElements()) {
            return current.deepCopy();
        }
        ObjectNode copy = current.objectNode();
        for (Map.Entry<String, JsonNode> field : current.properties()) {
            if (field.getValue() instanceof ArrayNode list) {
                copy.set(field.getKey(), copy.arrayNode(list.size()).addAll(list));
            } else {
                copy.set(field.getKey(), field.getValue().deepCopy());
            }
        }
        return copy;
    }
}
