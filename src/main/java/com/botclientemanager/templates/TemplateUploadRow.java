package com.botclientemanager.templates;

import java.util.List;

/**
 * What uploading one template of an older {@code templates.json} would do.
 *
 * @param position   the entry's position in the file (first = 1)
 * @param name       the name as written in the file (or its id), for the preview
 * @param template   the template that would be stored (null on error)
 * @param outcome    new, skipped because a template with its id or name exists, or error
 * @param problemKey i18n key of the error (null unless ERROR); its {0} is {@code problemValue}
 * @param unknown    placeholders in its text this app does not know (names without braces)
 */
public record TemplateUploadRow(int position, String name, MessageTemplate template, Outcome outcome,
        String problemKey, String problemValue, List<String> unknown) {

    public TemplateUploadRow {
        unknown = unknown == null ? List.of() : List.copyOf(unknown);
    }

    public enum Outcome {
        NEW, EXISTS, ERROR
    }
}
