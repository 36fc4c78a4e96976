package com.botclientemanager.storage.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes a document exactly as {@link DocumentJson#write} does, serialising only the elements of its top-level lists
 * that were not in the version written last: the bytes of each element written are kept, keyed by the element node's
 * identity, and copied as they are into the next write. Sound because a stored element is never changed in place (see
 * {@link com.botclientemanager.storage.DocumentChange#replacingElements}); a changed element is a new node. Immutable: a
 * write returns the bytes of the version it wrote, which the store keeps only once the file is in place.
 */
final class DocumentBytes {

    static final DocumentBytes NONE = new DocumentBytes(new IdentityHashMap<>());

    /** What the pretty printer writes before the first element of a list, and between two elements. */
    private static final byte[] BEFORE_FIRST;
    private static final byte[] BETWEEN;

    static {
        String sample = new String(DocumentJson.write(sample()), StandardCharsets.UTF_8);
        int open = sample.indexOf('[') + 1;
        int first = sample.indexOf('1', open);
        int second = sample.indexOf('2', first);
        BEFORE_FIRST = sample.substring(open, first).getBytes(StandardCharsets.UTF_8);
        BETWEEN = sample.substring(first + 1, second).getBytes(StandardCharsets.UTF_8);
    }

    private final IdentityHashMap<JsonNode, byte[]> elements;

    private DocumentBytes(IdentityHashMap<JsonNode, byte[]> elements) {
        this.elements = elements;
    }

    /** Writes {@code content} to {@code out} (left open) and returns the bytes of its elements, for the next write. */
    DocumentBytes write(ObjectNode content, OutputStream out) throws IOException {
        IdentityHashMap<JsonNode, byte[]> written = new IdentityHashMap<>(Math.max(16, elements.size() + 16));
        serialiseMissing(content, written);
        try (JsonGenerator generator = DocumentJson.writer().createGenerator(new KeptOpen(out))) {
            generator.writeStartObject();
            for (Map.Entry<String, JsonNode> field : content.properties()) {
                generator.writeName(field.getKey());
                if (field.getValue() instanceof ArrayNode list) {
                    generator.writeStartArray();
                    for (JsonNode element : list) {
                        generator.writeRawValue(new RawJson(written.get(element)));
                    }
                    generator.writeEndArray();
                } else {
                    generator.writeTree(field.getValue());
                }
            }
            generator.writeEndObject();
        } catch (JacksonIOException e) {
            throw e.getCause(); // the disk's error (full, quota), for the store's message
        }
        return new DocumentBytes(written);
    }

    /** Fills {@code written} with every top-level element's bytes: kept ones as they are, the others serialised. */
    private void serialiseMissing(ObjectNode content, Map<JsonNode, byte[]> written) {
        List<JsonNode> missing = new ArrayList<>();
        for (JsonNode value : content.values()) {
            if (value instanceof ArrayNode list) {
                for (JsonNode element : list) {
                    byte[] kept = elements.get(element);
                    if (kept != null) {
                        written.put(element, kept);
                    } else if (!written.containsKey(element)) {
                        written.put(element, null);
                        missing.add(element);
                    }
                }
            }
        }
        if (!missing.isEmpty()) {
            serialise(missing, written);
        }
    }

    /**
     * Serialises the elements as one list at the depth they are written at ({@code {"x": [...]}}, so the indentation
     * is the same) and cuts each one's bytes out of it, without what the printer writes before it.
     */
    private static void serialise(List<JsonNode> missing, Map<JsonNode, byte[]> written) {
        Buffer buffer = new Buffer(missing.size() * 256);
        int[] starts = new int[missing.size()];
        int[] ends = new int[missing.size()];
        try (JsonGenerator generator = DocumentJson.writer().createGenerator(buffer)) {
            generator.writeStartObject();
            generator.writeName("x");
            generator.writeStartArray();
            for (int i = 0; i < missing.size(); i++) {
                starts[i] = buffer.size() + generator.streamWriteOutputBuffered();
                generator.writeTree(missing.get(i));
                ends[i] = buffer.size() + generator.streamWriteOutputBuffered();
            }
            generator.writeEndArray();
            generator.writeEndObject();
        }
        for (int i = 0; i < missing.size(); i++) {
            written.put(missing.get(i), buffer.cut(starts[i], ends[i], i == 0 ? BEFORE_FIRST : BETWEEN));
        }
    }

    private static ObjectNode sample() {
        ObjectNode sample = DocumentJson.emptyDocument();
        sample.putArray("x").add(1).add(2);
        return sample;
    }

    /** The output collected so far; an element's bytes are cut out of it once the generator flushed them. */
    private static final class Buffer extends ByteArrayOutputStream {

        Buffer(int size) {
            super(size);
        }

        byte[] cut(int start, int end, byte[] before) {
            if (end - start < before.length || !java.util.Arrays.equals(buf, start, start + before.length, before, 0,
                    before.length)) {
                throw new IllegalStateException("unexpected separator in the serialised list");
            }
            return java.util.Arrays.copyOfRange(buf, start + before.length, end);
        }
    }

    /** The generator closes its target when it is closed: the file's stream stays open until it is forced to disk. */
    private static final class KeptOpen extends java.io.FilterOutputStream {

        KeptOpen(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            out.write(bytes, offset, length);
        }

        @Override
        public void close() throws IOException {
            out.flush();
        }
    }
}
