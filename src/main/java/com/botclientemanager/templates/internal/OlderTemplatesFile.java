package com.botclientemanager.templates.internal;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * An uploaded {@code templates.json} of the older bot, in any of its shapes: a list of templates
 * {@code [{id, name, content, type, plan_type}]}, {@code {"templates": [...]}}, {@code {"templates": {"id": {...}}}} or a
 * dict by id {@code {"id": {...}}} (an entry without an id takes its key).
 */
public final class OlderTemplatesFile {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** The file's template entries, or the i18n key of why there are none. */
    public record Parsed(List<ObjectNode> entries, String errorKey) {

        static Parsed error(String key) {
            return new Parsed(List.of(), key);
        }
    }

    private OlderTemplatesFile() {
    }

    public static Parsed parse(byte[] content) {
        if (content == null || content.length == 0) {
            return Parsed.error("templates.upload.error.empty");
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
        } catch (CharacterCodingException e) {
            return Parsed.error("templates.upload.error.not-json");
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (text.isBlank()) {
            return Parsed.error("templates.upload.error.empty");
        }
        JsonNode root;
        try {
            root = JSON.readTree(text);
        } catch (JacksonException e) {
            return Parsed.error("templates.upload.error.not-json");
        }
        List<ObjectNode> entries = entries(root);
        return entries.isEmpty() ? Parsed.error("templates.upload.error.shape") : new Parsed(entries, null);
    }

    private static List<ObjectNode> entries(JsonNode root) {
        if (root == null) {
            return List.of();
        }
        if (root.isArray()) {
            return objects(root);
        }
        if (!root.isObject()) {
            return List.of();
        }
        JsonNode templates = root.get("templates");
        if (templates != null) {
            return templates.isArray() ? objects(templates) : templates.isObject() ? byId(templates) : List.of();
        }
        return byId(root);
    }

    /** The list's entries that look like a template; nothing when any entry does not (another kind of file). */
    private static List<ObjectNode> objects(JsonNode array) {
        List<ObjectNode> entries = new ArrayList<>();
        for (JsonNode entry : array) {
            if (!(entry instanceof ObjectNode object) || !looksLikeTemplate(object)) {
                return List.of();
            }
            entries.add(object);
        }
        return entries;
    }

    private static List<ObjectNode> byId(JsonNode dict) {
        List<ObjectNode> entries = new ArrayList<>();
        for (Map.Entry<String, JsonNode> field : dict.properties()) {
            if (!(field.getValue() instanceof ObjectNode object) || !looksLikeTemplate(object)) {
                return List.of();
            }
            ObjectNode copy = object.deepCopy();
            JsonNode id = copy.get("id");
            if (id == null || !id.isString() || id.stringValue().isBlank()) {
                copy.put("id", field.getKey());
            }
            entries.add(copy);
        }
        return entries;
    }

    private static boolean looksLikeTemplate(ObjectNode entry) {
        return entry.has(OlderBotTemplates.CONTENT) || entry.has(OlderBotTemplates.TYPE);
    }
}
