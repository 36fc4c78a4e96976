package com.botclientemanager.storage.internal;

import com.botclientemanager.storage.Document;
import com.botclientemanager.storage.StorageException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * How documents are parsed and written: numbers keep their exact decimal value (a price of 29.90 never becomes
 * 29.899999), fields keep their order, output is indented like the seed app's files.
 */
public final class DocumentJson {

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    private DocumentJson() {
    }

    public static ObjectNode emptyDocument() {
        return MAPPER.createObjectNode();
    }

    /** Parses a stored document; anything but a JSON object is refused with a clear error and nothing is changed. */
    public static ObjectNode parse(Document document, byte[] content) {
        if (content.length == 0) {
            return emptyDocument();
        }
        JsonNode node;
        try {
            node = MAPPER.readTree(content);
        } catch (JacksonException e) {
            throw new StorageException("storage.error.malformed", document.fileName() + " is not valid JSON: "
                    + e.getOriginalMessage(), e);
        }
        if (node == null || node.isMissingNode() || node.isNull()) {
            return emptyDocument();
        }
        if (!node.isObject()) {
            throw new StorageException("storage.error.malformed", document.fileName() + " must hold a JSON object");
        }
        return (ObjectNode) node;
    }

    public static byte[] write(ObjectNode content) {
        return MAPPER.writeValueAsBytes(content);
    }
}
