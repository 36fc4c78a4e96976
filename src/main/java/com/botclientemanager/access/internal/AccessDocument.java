package com.botclientemanager.access.internal;

import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code access.json}: {@code {"clients": {"<client id>": {"username": "v1:...", "password": "v1:...", "screens": 2,
 * "device": "...", "notes": "...", "in_messages": false}}}}. Entries are addressed by client id, so a change applies
 * again onto a newer version of the file.
 */
public final class AccessDocument {

    public static final String USERNAME = "username";
    public static final String PASSWORD = "password";
    public static final String SCREENS = "screens";
    public static final String DEVICE = "device";
    public static final String NOTES = "notes";
    public static final String IN_MESSAGES = "in_messages";
    private static final String CLIENTS = "clients";

    private AccessDocument() {
    }

    public static Optional<ObjectNode> entry(ObjectNode document, String clientId) {
        return document.get(CLIENTS) instanceof ObjectNode clients && clients.get(clientId) instanceof ObjectNode entry
                ? Optional.of(entry) : Optional.empty();
    }

    /** Puts the entry of one client (replacing what it had), or removes it when {@code entry} is null. */
    public static ObjectNode put(ObjectNode document, String clientId, ObjectNode entry) {
        ObjectNode clients = document.get(CLIENTS) instanceof ObjectNode existing ? existing : document.putObject(CLIENTS);
        if (entry == null) {
            clients.remove(clientId);
        } else {
            clients.set(clientId, entry);
        }
        return document;
    }

    /** Whether any entry holds an encrypted value (then a new key must not be made: those values would be lost). */
    public static boolean hasEncrypted(ObjectNode document) {
        if (!(document.get(CLIENTS) instanceof ObjectNode clients)) {
            return false;
        }
        for (Map.Entry<String, JsonNode> field : clients.properties()) {
            JsonNode entry = field.getValue();
            if (SecretBox.isEncrypted(text(entry, USERNAME)) || SecretBox.isEncrypted(text(entry, PASSWORD))) {
                return true;
            }
        }
        return false;
    }

    public static String text(JsonNode entry, String field) {
        JsonNode value = entry.get(field);
        return value != null && value.isString() ? value.stringValue() : null;
    }

    public static Integer number(JsonNode entry, String field) {
        JsonNode value = entry.get(field);
        return value != null && value.canConvertToInt() && value.isIntegralNumber() ? value.intValue() : null;
    }
}
