package com.botclientemanager.templates;

import com.botclientemanager.storage.Document;
import com.botclientemanager.storage.DocumentChange;
import com.botclientemanager.storage.DocumentStore;
import com.botclientemanager.templates.internal.OlderBotTemplates;
import com.botclientemanager.templates.internal.OlderTemplatesFile;
import com.botclientemanager.templates.internal.TemplateValidator;
import com.botclientemanager.templates.internal.TemplatesDocument;
import com.botclientemanager.validation.InvalidInputException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.stereotype.Service;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * "Importar modelos": reads an older bot's {@code templates.json}, previews what each entry becomes ("3days" 3 days
 * before, "payment" on the due date, "promo" manual; plan_type the service filter) and then adds the new ones in one
 * change. A template whose id or name (case ignored) already exists is skipped, so nothing stored is replaced; one with
 * a placeholder this app does not know is imported inactive (a reminder with it would only be logged as failed).
 */
@Service
public class TemplateUpload {

    /** Far above any real templates file (the older bot's has a handful of entries of a few hundred bytes). */
    public static final int MAX_BYTES = 1024 * 1024;

    private final DocumentStore store;
    private final TemplateService templates;

    public TemplateUpload(DocumentStore store, TemplateService templates) {
        this.store = store;
        this.templates = templates;
    }

    /** What importing {@code content} would do; nothing is stored. */
    public TemplateUploadPreview preview(byte[] content) {
        if (content != null && content.length > MAX_BYTES) {
            return TemplateUploadPreview.error("templates.upload.error.too-large", String.valueOf(MAX_BYTES / 1024));
        }
        OlderTemplatesFile.Parsed parsed = OlderTemplatesFile.parse(content);
        if (parsed.errorKey() != null) {
            return TemplateUploadPreview.error(parsed.errorKey(), null);
        }
        Set<String> ids = new HashSet<>();
        Set<String> names = new HashSet<>();
        for (MessageTemplate existing : templates.all()) {
            ids.add(existing.id());
            names.add(nameKey(existing.name()));
        }
        List<TemplateUploadRow> rows = new ArrayList<>();
        int position = 0;
        for (ObjectNode entry : parsed.entries()) {
            position++;
            TemplateUploadRow row = row(position, entry, ids, names);
            if (row.outcome() == TemplateUploadRow.Outcome.NEW) {
                ids.add(row.template().id());
                names.add(nameKey(row.template().name()));
            }
            rows.add(row);
        }
        return new TemplateUploadPreview(rows, null, null);
    }

    /** Stores the previewed new templates (skipping any that exists by now); returns how many were added. */
    public int apply(TemplateUploadPreview preview) {
        List<MessageTemplate> fresh = preview.rows().stream()
                .filter(r -> r.outcome() == TemplateUploadRow.Outcome.NEW).map(TemplateUploadRow::template).toList();
        if (fresh.isEmpty()) {
            return 0;
        }
        int[] added = {0};
        store.update(Document.TEMPLATES, new DocumentChange("Importa modelos do bot antigo", document -> {
            added[0] = 0;
            Set<String> ids = new HashSet<>();
            Set<String> names = new HashSet<>();
            for (MessageTemplate existing : TemplatesDocument.templates(document)) {
                ids.add(existing.id());
                names.add(nameKey(existing.name()));
            }
            for (MessageTemplate template : fresh) {
                if (ids.add(template.id()) && names.add(nameKey(template.name()))) {
                    TemplatesDocument.upsert(document, template);
                    added[0]++;
                }
            }
            return document;
        }));
        return added[0];
    }

    private TemplateUploadRow row(int position, ObjectNode entry, Set<String> ids, Set<String> names) {
        String name = text(entry, "name") != null ? text(entry, "name") : text(entry, "id");
        var read = OlderBotTemplates.read(entry);
        if (read.isEmpty()) {
            String id = text(entry, "id");
            return id == null || id.isBlank()
                    ? error(position, name, "templates.upload.row.no-id", null)
                    : error(position, name, "templates.upload.row.unknown-type", String.valueOf(text(entry, "type")));
        }
        MessageTemplate template = read.get();
        List<String> unknown = templates.unknownPlaceholders(template.body());
        String known = template.body();
        for (String placeholder : unknown) {
            known = known.replace("{" + placeholder + "}", "");
        }
        try {
            // the unknown placeholders are named in the preview instead of refusing the template
            TemplateValidator.validate(template.withBody(known));
        } catch (InvalidInputException e) {
            Object[] arguments = e.arguments();
            return error(position, name, e.messageKey(), arguments.length == 0 ? null : String.valueOf(arguments[0]));
        }
        if (!unknown.isEmpty()) {
            // a reminder with it would only be logged as failed: imported switched off until the text is fixed
            template = new MessageTemplate(template.id(), template.name(), template.kind(), template.service(),
                    template.offsetDays(), false, template.body(), template.cloud());
        }
        boolean exists = ids.contains(template.id()) || names.contains(nameKey(template.name()));
        return new TemplateUploadRow(position, template.name(), template,
                exists ? TemplateUploadRow.Outcome.EXISTS : TemplateUploadRow.Outcome.NEW, null, null, unknown);
    }

    private static TemplateUploadRow error(int position, String name, String key, String value) {
        return new TemplateUploadRow(position, name, null, TemplateUploadRow.Outcome.ERROR, key, value, List.of());
    }

    private static String nameKey(String name) {
        return name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value != null && value.isString() ? value.stringValue() : null;
    }
}
