package com.botclientemanager.templates.internal;

import com.botclientemanager.whatsapp.CloudTemplate;
import com.botclientemanager.templates.MessageTemplate;
import com.botclientemanager.templates.ServiceFilter;
import com.botclientemanager.templates.TemplateKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The layout of {@code templates.json}: {@code {"defaults_installed": true, "locale": "pt-BR", "templates": [{"id",
 * "name", "kind", "service", "offset_days", "active", "body", "cloud": {"name", "language", "parameters"}}]}}. Entries
 * are changed by id, and fields this version does not know are kept.
 */
public final class TemplatesDocument {

    static final String TEMPLATES = "templates";
    static final String DEFAULTS_INSTALLED = "defaults_installed";
    static final String LOCALE = "locale";
    private static final Logger log = LoggerFactory.getLogger(TemplatesDocument.class);

    private TemplatesDocument() {
    }

    public static List<MessageTemplate> templates(ObjectNode document) {
        List<MessageTemplate> templates = new ArrayList<>();
        JsonNode array = document.get(TEMPLATES);
        if (array == null || !array.isArray()) {
            return templates;
        }
        for (JsonNode entry : array) {
            fromJson(entry).ifPresent(templates::add);
        }
        return templates;
    }

    public static boolean defaultsInstalled(ObjectNode document) {
        JsonNode flag = document.get(DEFAULTS_INSTALLED);
        return flag != null && flag.isBoolean() && flag.booleanValue();
    }

    public static Optional<String> locale(ObjectNode document) {
        return Optional.ofNullable(text(document, LOCALE));
    }

    /** Records the first-start set and the message language, so deleting every template never brings them back. */
    public static ObjectNode installDefaults(ObjectNode document, List<MessageTemplate> defaults, String locale) {
        for (MessageTemplate template : defaults) {
            upsert(document, template);
        }
        document.put(DEFAULTS_INSTALLED, true);
        if (text(document, LOCALE) == null) {
            document.put(LOCALE, locale);
        }
        return document;
    }

    public static ObjectNode upsert(ObjectNode document, MessageTemplate template) {
        ArrayNode array = array(document);
        for (JsonNode entry : array) {
            if (entry.isObject() && template.id().equals(text(entry, "id"))) {
                write((ObjectNode) entry, template);
                return document;
            }
        }
        write(array.addObject(), template);
        return document;
    }

    public static ObjectNode remove(ObjectNode document, String id) {
        ArrayNode array = array(document);
        for (int i = array.size() - 1; i >= 0; i--) {
            if (id.equals(text(array.get(i), "id"))) {
                array.remove(i);
            }
        }
        return document;
    }

    private static ArrayNode array(ObjectNode document) {
        JsonNode existing = document.get(TEMPLATES);
        if (existing != null && existing.isArray()) {
            return (ArrayNode) existing;
        }
        return document.putArray(TEMPLATES);
    }

    private static void write(ObjectNode entry, MessageTemplate template) {
        if (OlderBotTemplates.isOlder(entry) && OlderBotTemplates.write(entry, template)) {
            return;
        }
        entry.put("id", template.id());
        entry.put("name", template.name());
        entry.put("kind", template.kind().json());
        entry.put("service", (template.service() == null ? ServiceFilter.ALL : template.service()).json());
        if (template.offsetDays() == null) {
            entry.remove("offset_days");
        } else {
            entry.put("offset_days", template.offsetDays());
        }
        entry.put("active", template.active());
        entry.put("body", template.body());
        if (template.cloud() == null) {
            entry.remove("cloud");
        } else {
            ObjectNode cloud = entry.putObject("cloud");
            cloud.put("name", template.cloud().name());
            cloud.put("language", template.cloud().language());
            ArrayNode parameters = cloud.putArray("parameters");
            template.cloud().parameters().forEach(parameters::add);
        }
    }

    private static Optional<MessageTemplate> fromJson(JsonNode entry) {
        if (OlderBotTemplates.isOlder(entry)) {
            Optional<MessageTemplate> older = OlderBotTemplates.read(entry);
            if (older.isEmpty()) {
                log.warn("templates.json: skipping an older bot template of an unknown type: {}", entry);
            }
            return older;
        }
        String id = text(entry, "id");
        Optional<TemplateKind> kind = TemplateKind.fromJson(text(entry, "kind"));
        if (id == null || kind.isEmpty()) {
            log.warn("templates.json: skipping an entry without a valid id or kind: {}", entry);
            return Optional.empty();
        }
        JsonNode offset = entry.get("offset_days");
        JsonNode active = entry.get("active");
        return Optional.of(new MessageTemplate(id, text(entry, "name"), kind.get(),
                ServiceFilter.fromJson(text(entry, "service")).orElse(ServiceFilter.ALL),
                offset != null && offset.isNumber() && offset.canConvertToInt() ? Integer.valueOf(offset.intValue()) : null,
                active == null || !active.isBoolean() || active.booleanValue(),
                text(entry, "body"), cloud(entry.get("cloud"))));
    }

    private static CloudTemplate cloud(JsonNode node) {
        if (node == null || !node.isObject()) {
            return null;
        }
        List<String> parameters = new ArrayList<>();
        JsonNode array = node.get("parameters");
        if (array != null && array.isArray()) {
            array.forEach(p -> {
                if (p.isString()) {
                    parameters.add(p.stringValue());
                }
            });
        }
        return new CloudTemplate(text(node, "name"), text(node, "language"), parameters);
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node == null ? null : node.get(field);
        return value != null && value.isString() ? value.stringValue() : null;
    }
}
