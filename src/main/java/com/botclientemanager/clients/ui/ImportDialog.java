package com.botclientemanager.clients.ui;

import com.botclientemanager.clients.Client;
import com.botclientemanager.clients.ManualSends;
import com.botclientemanager.clients.ClientImport;
import com.botclientemanager.clients.ImportPreview;
import com.botclientemanager.clients.ImportRow;
import com.botclientemanager.ui.Notices;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.server.streams.UploadHandler;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * Import from a CSV or the seed app's clients.json: upload, a preview of every row's outcome, then one confirmed write
 * (all rows, or only the valid ones when some have errors).
 */
class ImportDialog extends Dialog {

    private final ClientImport importer;
    private final Runnable onImported;
    private final Paragraph summary = new Paragraph();
    private final Grid<ImportRow> grid = new Grid<>();
    private final Button importAll = new Button();
    private final Button importValid = new Button();
    private final Function<Client, List<String>> unfilled;
    private ImportPreview preview;

    ImportDialog(ClientImport importer, boolean phoneWidth, Runnable onImported,
            Function<Client, List<String>> unfilled) {
        this.importer = importer;
        this.unfilled = unfilled;
        this.onImported = onImported;
        setHeaderTitle(getTranslation("clients.import.title"));
        setWidth(phoneWidth ? "100vw" : "960px");
        Paragraph help = new Paragraph(getTranslation("clients.import.help"));
        help.addClassNames("form-hint");

        Upload upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> show(importer.preview(metadata.fileName(), bytes))));
        upload.setId("import-upload");
        upload.setMaxFiles(1);
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, importer.maxBytes()));
        upload.setAcceptedFileTypes(".csv", ".json", ".txt", "text/csv", "application/json", "text/plain");
        upload.addFileRejectedListener(e -> error(getTranslation("clients.import.error.too-large",
                String.valueOf(importer.maxBytes() / (1024 * 1024)))));
        upload.setUploadButton(new Button(getTranslation("clients.import.choose")));
        upload.setDropLabel(new Span(getTranslation("clients.import.drop")));
        upload.setI18n(uploadTexts());

        summary.setId("import-summary");
        grid.addColumn(ImportRow::line).setHeader(getTranslation("clients.import.column.line")).setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(this::outcome).setHeader(getTranslation("clients.import.column.outcome")).setAutoWidth(true);
        grid.addColumn(ImportRow::name).setHeader(getTranslation("clients.import.column.name"));
        // what the app read from the row, so a misread phone, price or date shows before anything is stored
        grid.addColumn(row -> row.phone() == null ? "" : importer.phoneForReading(row.phone()))
                .setHeader(getTranslation("clients.import.column.phone")).setAutoWidth(true);
        grid.addColumn(row -> Formats.price(row.value(), getLocale()))
                .setHeader(getTranslation("clients.import.column.value")).setAutoWidth(true);
        grid.addColumn(row -> Formats.date(row.dueDate(), getLocale()))
                .setHeader(getTranslation("clients.import.column.due-date")).setAutoWidth(true);
        grid.addComponentColumn(this::reasons).setHeader(getTranslation("clients.import.column.reason")).setFlexGrow(2);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setHeight("360px");
        grid.setId("import-preview");
        grid.setVisible(false);

        importAll.setText(getTranslation("clients.import.confirm"));
        importAll.setId("import-confirm");
        importAll.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        importAll.addClickListener(e -> apply(false));
        importValid.setText(getTranslation("clients.import.confirm-valid"));
        importValid.setId("import-confirm-valid");
        importValid.addClickListener(e -> apply(true));
        Button cancel = new Button(getTranslation("clients.action.cancel"), e -> close());
        getFooter().add(cancel, importValid, importAll);
        add(help, upload, summary, grid);
        show(null);
    }

    private void show(ImportPreview newPreview) {
        preview = newPreview;
        boolean rows = preview != null && !preview.fileError() && !preview.rows().isEmpty();
        grid.setVisible(rows);
        grid.setItems(rows ? preview.rows() : List.of());
        if (preview == null) {
            summary.setText("");
        } else if (preview.fileError()) {
            summary.setText(getTranslation(preview.fileErrorKey(), preview.fileErrorValue()));
            summary.addClassName("import-error");
        } else {
            summary.removeClassName("import-error");
            String counts = getTranslation("clients.import.summary", preview.count(ImportRow.Outcome.NEW),
                    preview.count(ImportRow.Outcome.UPDATE_BY_ID) + preview.count(ImportRow.Outcome.UPDATE_BY_PHONE),
                    preview.errorCount());
            summary.setText(preview.noticeKey() == null ? counts : counts + " " + getTranslation(preview.noticeKey()));
        }
        boolean valid = preview != null && preview.validCount() > 0;
        importAll.setEnabled(valid && preview.errorCount() == 0);
        importValid.setVisible(valid && preview.errorCount() > 0);
    }

    /** The upload's own messages in the user's language (the rest keeps Vaadin's defaults). */
    private UploadI18N uploadTexts() {
        String tooBig = getTranslation("clients.import.error.too-large", String.valueOf(importer.maxBytes() / (1024 * 1024)));
        return new UploadI18N()
                .setError(new UploadI18N.Error().setTooManyFiles(getTranslation("clients.import.upload.too-many"))
                        .setFileIsTooBig(tooBig).setIncorrectFileType(getTranslation("clients.import.upload.wrong-type")))
                .setUploading(new UploadI18N.Uploading()
                        .setStatus(new UploadI18N.Uploading.Status()
                                .setConnecting(getTranslation("clients.import.upload.connecting"))
                                .setStalled(getTranslation("clients.import.upload.stalled"))
                                .setProcessing(getTranslation("clients.import.upload.processing"))
                                .setHeld(getTranslation("clients.import.upload.held")))
                        .setError(new UploadI18N.Uploading.Error()
                                .setServerUnavailable(getTranslation("clients.import.upload.server-error"))
                                .setUnexpectedServerError(getTranslation("clients.import.upload.server-error"))
                                .setForbidden(getTranslation("clients.import.upload.server-error"))
                                .setFileTooLarge(tooBig)));
    }

    private Span outcome(ImportRow row) {
        Span badge = new Span(getTranslation(row.outcome().messageKey()));
        badge.addClassNames("status-badge", "import-" + row.outcome().name().toLowerCase(Locale.ROOT).replace('_', '-'));
        return badge;
    }

    /** Every reason of the row, one per line. */
    private Div reasons(ImportRow row) {
        Div reasons = new Div();
        reasons.addClassName("import-reasons");
        for (ImportRow.Problem problem : row.problems()) {
            Div reason = new Div(getTranslation(problem.key(), problem.value() == null ? "" : problem.value()));
            reason.addClassName("import-reason");
            reasons.add(reason);
        }
        List<String> names = row.client() == null ? List.of() : unfilled.apply(row.client());
        if (!names.isEmpty()) {
            // imported anyway: the reminders would refuse these texts, so say which placeholder to fix
            Div warning = new Div(getTranslation("clients.import.row.unfilled", ManualSends.braced(names)));
            warning.addClassNames("import-reason", "import-unfilled");
            reasons.add(warning);
        }
        return reasons;
    }

    private void apply(boolean onlyValid) {
        if (preview == null) {
            return;
        }
        int stored = importer.apply(preview, onlyValid);
        close();
        onImported.run();
        Notices.success(getTranslation("clients.import.done", stored));
    }

    private static void error(String text) {
        Notices.error(text);
    }
}
