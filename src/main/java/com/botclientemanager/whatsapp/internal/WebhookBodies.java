package com.botclientemanager.whatsapp.internal;

import com.botclientemanager.whatsapp.WhatsAppProperties;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a webhook's body from anonymous callers within bounds: at most {@code app.whatsapp.webhook-max-body} bytes
 * (checked against Content-Length before reading, and while reading a chunked body), and JSON of limited depth,
 * string and number length. A provider's delivery report is a few KB; a 300 MB body exhausted the heap.
 */
@Component
class WebhookBodies {

    /** Delivery reports nest 6 levels; anything far deeper is not a provider's. */
    static final int MAX_DEPTH = 32;
    private static final int MAX_NUMBER_LENGTH = 64;

    private final long maxBytes;
    private final JsonMapper mapper;

    WebhookBodies(WhatsAppProperties properties) {
        this.maxBytes = properties.webhookMaxBody().toBytes();
        this.mapper = JsonMapper.builder(JsonFactory.builder().streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(MAX_DEPTH)
                        .maxDocumentLength(maxBytes)
                        .maxStringLength((int) Math.min(Integer.MAX_VALUE, maxBytes))
                        .maxNameLength(1024)
                        .maxNumberLength(MAX_NUMBER_LENGTH)
                        .build()).build())
                .build();
    }

    /** The raw body (the Cloud API signs the exact bytes). */
    byte[] read(HttpServletRequest request) throws TooLarge, IOException {
        if (request.getContentLengthLong() > maxBytes) {
            throw new TooLarge();
        }
        try (InputStream in = request.getInputStream()) {
            byte[] body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            if (body.length > maxBytes) {
                throw new TooLarge();
            }
            return body;
        }
    }

    /** The body as a JSON object, or null when it is not one (malformed, too deep, a number of 1000 digits...). */
    JsonNode parseObject(byte[] body) {
        try {
            JsonNode node = mapper.readTree(body);
            return node != null && node.isObject() ? node : null;
        } catch (JacksonException e) {
            return null;
        }
    }

    /** The body is larger than allowed: answered with 413 before anything more is read. */
    static final class TooLarge extends Exception {
        TooLarge() {
            super(null, null, false, false);
        }
    }
}
