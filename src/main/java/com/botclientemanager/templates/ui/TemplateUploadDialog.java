package com.botclientemanager.templates.ui;

import com.botclientemanager.storage.StorageException;
import com.botclientemanager.templates.MessageTemplate;
import com.botclientemanager.templates.TemplateKind;
import com.botclientemanager.templates.TemplateUpload;
import com.botclientemanager.templates.TemplateUploadPreview;
import com.botclientemanager.templates.TemplateUploadRow;
import com.botclientemanager.ui.Notices;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.server.streams.UploadHandler;
import java.util.List;
import java.util.stream.Collectors;

/**
 * "Importar modelos": upload the older bot's templates.json, see what each template becomes (kind, service, unknown
 * placeholders, already here), then add the new ones. Existing templates are never replaced.
 */
class TemplateUploadDialog extends Dialog {

    private final TemplateUpload upload;
    private final Runnable onImported;
    private final Paragraph summary = new Paragraph();
    private final Grid<TemplateUploadRow> grid = new Grid<>();
    private final Button confirm = new Button();
    private TemplateUploadPreview preview;

    TemplateUploadDialog(TemplateUpload upload, Runnable onImported) {
        this.upload = upload;
        this.onImported = onImported;
        setHeaderTitle(getTranslation("templates.upload.title"));
        setWidth("min(960px, 100vw)");
        Paragraph help = new Paragraph(getTranslation("templates.upload.help"));
        help.addClassNames("form-hint");

        Upload file = new Upload();
        file.setUploadHandler(UploadHandler.inMemory((metadata, bytes) -> {
            show(upload.preview(bytes));
            // a wrong file can be followed by the right one without removing it from the list first
            file.clearFileList();
        }));
        file.setId("templates-upload-file");
        file.setMaxFiles(1);
        file.setMaxFileSize(TemplateUpload.MAX_BYTES);
        file.setAcceptedFileTypes(".json", "application/json");
        String tooLarge = getTranslation("templates.upload.error.too-large", String.valueOf(TemplateUpload.MAX_BYTES / 1024));
        file.addFileRejectedListener(e -> Notices.error(tooLarge));
        file.setUploadButton(new Button(getTranslation("templates.upload.choose")));
        file.setDropLabel(new Span(getTranslation("templates.upload.drop")));
        file.setI18n(new UploadI18N().setError(new UploadI18N.Error()
                .setTooManyFiles(getTranslation("clients.import.upload.too-many")).setFileIsTooBig(tooLarge)
                .setIncorrectFileType(getTranslation("templates.upload.error.not-json"))));

        summary.setId("templates-upload-summary");
        grid.addColumn(TemplateUploadRow::name).setHeader(getTranslation("templates.upload.column.name")).setFlexGrow(1);
        grid.addColumn(this::kind).setHeader(getTranslation("templates.upload.column.kind")).setAutoWidth(true);
        grid.addColumn(r -> r.template() == null ? "" : getTranslation(r.template().service().labelKey()))
                .setHeader(getTranslation("templates.upload.column.service")).setAutoWidth(true);
        grid.addColumn(this::remark).setHeader(getTranslation("templates.upload.column.remark")).setFlexGrow(2);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.setId("templates-upload-preview");
        grid.setVisible(false);

        confirm.setText(getTranslation("templates.upload.confirm"));
        confirm.setId("templates-upload-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.addClickListener(e -> apply());
        Button cancel = new Button(getTranslation("clients.action.cancel"), e -> close());
        getFooter().add(cancel, confirm);
        add(help, file, summary, grid);
        show(null);
    }

    private void show(TemplateUploadPreview newPreview) {
        preview = newPreview;
        boolean rows = preview != null && preview.errorKey() == null;
        grid.setVisible(rows);
        grid.setItems(rows ? preview.rows() : List.of());
        summary.setText(preview == null ? ""
                : preview.errorKey() != null ? getTranslation(preview.errorKey(), preview.errorValue())
                : getTranslation("templates.upload.summary", preview.rows().size(),
                        preview.count(TemplateUploadRow.Outcome.NEW), preview.count(TemplateUploadRow.Outcome.EXISTS),
                        preview.count(TemplateUploadRow.Outcome.ERROR)));
        confirm.setEnabled(rows && preview.count(TemplateUploadRow.Outcome.NEW) > 0);
    }

    /** "Antes do vencimento · 3 dias antes do vencimento", "No dia", "Avulsa". */
    private String kind(TemplateUploadRow row) {
        MessageTemplate template = row.template();
        if (template == null) {
            return "";
        }
        String kind = getTranslation(template.kind().labelKey());
        return template.kind() == TemplateKind.BEFORE_DUE && template.offsetDays() != null
                ? kind + " · " + getTranslation("templates.offset.before", -template.offsetDays()) : kind;
    }

    private String remark(TemplateUploadRow row) {
        String text = switch (row.outcome()) {
            case NEW -> getTranslation("templates.upload.outcome.new");
            case EXISTS -> getTranslation("templates.upload.outcome.exists");
            case ERROR -> getTranslation(row.problemKey(), row.problemValue() == null ? "" : row.problemValue());
        };
        if (!row.unknown().isEmpty()) {
            text += " " + getTranslation("templates.upload.unknown", row.unknown().stream().map(n -> "{" + n + "}")
                    .collect(Collectors.joining(", ")));
        }
        return text;
    }

    private void apply() {
        if (preview == null) {
            return;
        }
        try {
            int added = upload.apply(preview);
            close();
            onImported.run();
            Notices.success(getTranslation("templates.upload.done", added));
        } catch (StorageException e) {
            Notices.error(getTranslation(e.messageKey()));
        }
    }
}
