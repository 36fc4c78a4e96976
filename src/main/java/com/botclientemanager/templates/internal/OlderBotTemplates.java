package com.botclientemanager.templates.internal;

import com.botclientemanager.templates.MessageTemplate;
import com.botclientemanager.templates.ServiceFilter;
import com.botclientemanager.templates.TemplateKind;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A template of the older bot's {@code templates.json}: {@code {id, name, content, type, plan_type}}, type "3days" (3
 * days before), "payment" (on the due date) or "promo" (sent by hand), plan_type "IPTV", "VPN", "all" or another service.
 * Read as this app's template; written back in those names, so that bot still reads the file.
 */
public final class OlderBotTemplates {

    static final String CONTENT = "content";
    static final String TYPE = "type";
    static final String PLAN_TYPE = "plan_type";
    private static final String THREE_DAYS = "3days";
    private static final String PAYMENT = "payment";
    private static final String PROMO = "promo";
    private static final String ALL = "all";

    private OlderBotTemplates() {
    }

    /** Whether an entry is written in the older bot's names (it has a content and a type, and no kind). */
    public static boolean isOlder(JsonNode entry) {
        return entry != null && entry.isObject() && !entry.has("kind") && entry.path(CONTENT).isString()
                && entry.path(TYPE).isString();
    }

    /** The template an older entry stands for; empty for an unknown type or without an id. */
    public static Optional<MessageTemplate> read(JsonNode entry) {
        String id = text(entry, "id");
        Optional<TemplateKind> kind = kind(text(entry, TYPE));
        if (id == null || id.isBlank() || kind.isEmpty()) {
            return Optional.empty();
        }
        Integer offset = switch (kind.get()) {
            case BEFORE_DUE -> -3;
            case DUE_DAY -> 0;
            default -> null;
        };
        String name = text(entry, "name");
        return Optional.of(new MessageTemplate(id, name == null || name.isBlank() ? id : name, kind.get(),
                service(text(entry, PLAN_TYPE)), offset, true, text(entry, CONTENT), null));
    }

    /**
     * Writes {@code template} into an older entry in the older names. Returns false when the template says more than
     * that bot can (another offset, inactive, a Cloud template, another kind): the caller then writes its own fields too.
     */
    static boolean write(ObjectNode entry, MessageTemplate template) {
        Optional<String> type = type(template);
        entry.put("id", template.id());
        entry.put("name", template.name());
        entry.put(CONTENT, template.body());
        type.ifPresent(t -> entry.put(TYPE, t));
        ServiceFilter service = template.service() == null ? ServiceFilter.ALL : template.service();
        if (service != service(text(entry, PLAN_TYPE))) {
            entry.put(PLAN_TYPE, service == ServiceFilter.ALL ? ALL : service == ServiceFilter.OTHER ? "OUTROS" : service.name());
        }
        return type.isPresent() && template.active() && template.cloud() == null;
    }

    private static Optional<String> type(MessageTemplate template) {
        return switch (template.kind()) {
            case BEFORE_DUE -> Objects.equals(template.offsetDays(), -3) ? Optional.of(THREE_DAYS) : Optional.empty();
            case DUE_DAY -> Optional.of(PAYMENT);
            case MANUAL -> Optional.of(PROMO);
            default -> Optional.empty();
        };
    }

    static Optional<TemplateKind> kind(String type) {
        if (type == null) {
            return Optional.empty();
        }
        return switch (type.strip().toLowerCase(Locale.ROOT)) {
            case THREE_DAYS -> Optional.of(TemplateKind.BEFORE_DUE);
            case PAYMENT -> Optional.of(TemplateKind.DUE_DAY);
            case PROMO -> Optional.of(TemplateKind.MANUAL);
            default -> Optional.empty();
        };
    }

    /** "IPTV" and "VPN" are those services, "all" (or none) every client, any other service (STREAMING, ...) "other". */
    static ServiceFilter service(String planType) {
        if (planType == null || planType.isBlank() || planType.strip().equalsIgnoreCase(ALL)) {
            return ServiceFilter.ALL;
        }
        return switch (planType.strip().toUpperCase(Locale.ROOT)) {
            case "IPTV" -> ServiceFilter.IPTV;
            case "VPN" -> ServiceFilter.VPN;
            default -> ServiceFilter.OTHER;
        };
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node == null ? null : node.get(field);
        return value != null && value.isString() ? value.stringValue() : null;
    }
}
