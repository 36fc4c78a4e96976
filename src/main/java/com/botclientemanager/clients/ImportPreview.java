package com.botclientemanager.clients;

import java.util.List;

/**
 * What an import would do, row by row; nothing is stored until {@link ClientImport#apply} is called with it.
 *
 * @param fileErrorKey    i18n key of a problem with the whole file (no rows then), or null; its {0} is {@code fileErrorValue}
 * @param noticeKey       i18n key of a remark about the file (read as Windows-1252), or null
 */
public record ImportPreview(String fileName, List<ImportRow> rows, String fileErrorKey, String fileErrorValue,
        String noticeKey) {

    public ImportPreview {
        rows = List.copyOf(rows);
    }

    public long count(ImportRow.Outcome outcome) {
        return rows.stream().filter(r -> r.outcome() == outcome).count();
    }

    public long validCount() {
        return rows.stream().filter(ImportRow::valid).count();
    }

    public long errorCount() {
        return count(ImportRow.Outcome.ERROR);
    }

    public boolean fileError() {
        return fileErrorKey != null;
    }
}
