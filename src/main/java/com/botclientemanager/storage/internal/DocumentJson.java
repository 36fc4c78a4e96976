package com.botclientemanager.storage.internal;

import com.botclientemanager.storage.DamagedDocumentException;
import com.botclientemanager.storage.Document;
import com.botclientemanager.storage.DocumentProblem;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.ObjectWriter;
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
    private static final ObjectWriter WRITER = MAPPER.writer();

    private DocumentJson() {
    }

    public static ObjectNode emptyDocument() {
        return MAPPER.createObjectNode();
    }

    /**
     * Parses a stored document; anything but a JSON object is refused as damaged, naming the line and column where
     * parsing stopped, and nothing is changed.
     */
    public static ObjectNode parse(Document document, byte[] content) {
        if (content.length == 0) {
            return emptyDocument();
        }
        JsonNode node;
        try {
            node = MAPPER.readTree(content);
        } catch (JacksonException e) {
            TokenStreamLocation at = e.getLocation();
            int line = at == null ? 0 : at.getLineNr();
            int column = at == null ? 0 : at.getColumnNr();
            throw new DamagedDocumentException(DocumentProblem.of(document, "storage.damaged.not-json",
                    "not valid JSON at line " + line + ", column " + column + ": " + e.getOriginalMessage(), line, column),
                    e);
        }
        if (node == null || node.isMissingNode() || node.isNull()) {
            return emptyDocument();
        }
        if (!node.isObject()) {
            throw new DamagedDocumentException(DocumentProblem.of(document, "storage.damaged.not-object",
                    "holds " + node.getNodeType() + " instead of a JSON object"));
        }
        return (ObjectNode) node;
    }

    public static byte[] write(ObjectNode content) {
        return MAPPER.writeValueAsBytes(content);
    }

    /** Generators that write exactly as {@link #write} does ({@link DocumentBytes}). */
    static ObjectWriter writer() {
        return WRITER;
    }
}
