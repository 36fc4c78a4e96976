package com.botclientemanager.clients.internal;

import com.botclientemanager.clients.Client;
import com.botclientemanager.storage.StorageException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The {@code {"clients": [...]}} document. Changes address clients by id, never by position, so they can be applied
 * again onto a newer version of the file; everything else in the document is left as it is.
 */
public final class ClientsDocument {

    static final String CLIENTS = "clients";

    private ClientsDocument() {
    }

    /** Every client object of the document, in file order (entries that are not objects are skipped, and kept). */
    public static List<ObjectNode> clientNodes(ObjectNode document) {
        ArrayNode array = array(document, false);
        List<ObjectNode> nodes = new ArrayList<>(array == null ? 0 : array.size());
        if (array != null) {
            for (JsonNode node : array) {
                if (node instanceof ObjectNode object) {
                    nodes.add(object);
                }
            }
        }
        return nodes;
    }

    /**
     * Updates each client (keeping its unknown fields) or appends it when the document does not have it. A stored client
     * is never changed in place: a changed copy takes its place ({@link com.botclientemanager.storage.DocumentChange#replacingElements}).
     */
    public static ObjectNode upsert(ObjectNode document, Collection<Client> clients) {
        ArrayNode array = array(document, true);
        Map<String, Client> pending = new LinkedHashMap<>();
        clients.forEach(client -> pending.put(client.id(), client));
        for (int i = 0; i < array.size() && !pending.isEmpty(); i++) {
            if (array.get(i) instanceof ObjectNode stored) {
                Client client = pending.remove(ClientCodec.idOf(stored));
                if (client != null) {
                    ObjectNode changed = stored.deepCopy();
                    ClientCodec.overlay(client, changed);
                    array.set(i, changed);
                }
            }
        }
        pending.values().forEach(client -> array.add(ClientCodec.create(client)));
        return document;
    }

    /** The id of the client object just before {@code id} in the file; empty when it is the first or absent. */
    public static java.util.Optional<String> previousId(ObjectNode document, String id) {
        String previous = null;
        for (ObjectNode node : clientNodes(document)) {
            String current = ClientCodec.idOf(node);
            if (current.equals(id)) {
                return java.util.Optional.ofNullable(previous);
            }
            previous = current;
        }
        return java.util.Optional.empty();
    }

    /**
     * Puts a deleted client's stored object back right after the client with {@code previousId} (first when null, last
     * when that client is gone too); nothing changes when a client with its id exists again.
     */
    public static ObjectNode reinsert(ObjectNode document, ObjectNode stored, String previousId) {
        ArrayNode array = array(document, true);
        String id = ClientCodec.idOf(stored);
        int at = previousId == null ? 0 : array.size();
        for (int i = 0; i < array.size(); i++) {
            if (array.get(i) instanceof ObjectNode object) {
                String current = ClientCodec.idOf(object);
                if (current.equals(id)) {
                    return document;
                }
                if (current.equals(previousId)) {
                    at = i + 1;
                }
            }
        }
        array.insert(at, stored);
        return document;
    }

    public static ObjectNode delete(ObjectNode document, Set<String> ids) {
        ArrayNode array = array(document, false);
        if (array != null) {
            for (int i = array.size() - 1; i >= 0; i--) {
                if (array.get(i) instanceof ObjectNode object && ids.contains(ClientCodec.idOf(object))) {
                    array.remove(i);
                }
            }
        }
        return document;
    }

    private static ArrayNode array(ObjectNode document, boolean create) {
        JsonNode clients = document.get(CLIENTS);
        if (clients == null || clients.isNull()) {
            return create ? document.putArray(CLIENTS) : null;
        }
        if (!clients.isArray()) {
            throw new StorageException("storage.error.malformed", "clients.json: \"clients\" is not a list");
        }
        return (ArrayNode) clients;
    }
}
