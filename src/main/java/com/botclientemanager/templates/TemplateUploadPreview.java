package com.botclientemanager.templates;

import java.util.List;

/**
 * What "Importar modelos" would do with an uploaded file; nothing is stored until {@link TemplateUpload#apply}.
 *
 * @param errorKey   i18n key of a problem with the whole file (no rows then), or null; its {0} is {@code errorValue}
 */
public record TemplateUploadPreview(List<TemplateUploadRow> rows, String errorKey, String errorValue) {

    public TemplateUploadPreview {
        rows = List.copyOf(rows);
    }

    static TemplateUploadPreview error(String key, String value) {
        return new TemplateUploadPreview(List.of(), key, value);
    }

    public long count(TemplateUploadRow.Outcome outcome) {
        return rows.stream().filter(r -> r.outcome() == outcome).count();
    }
}
