package com.botclientemanager.ui;

import com.botclientemanager.storage.DamagedDocumentException;
import com.botclientemanager.storage.DocumentProblem;
import com.botclientemanager.storage.DocumentStore;
import com.botclientemanager.storage.DocumentVersion;
import com.botclientemanager.storage.StorageException;
import com.botclientemanager.storage.StorageProperties;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;

/**
 * One damaged file in the banner: "clients.json está danificado: ...", and either its backups with "Restaurar" or
 * what to do when it has none. A restore is confirmed first; the backup is checked by the store before it replaces
 * anything, and the damaged file is kept.
 */
class DamagedDocumentNotice extends Div {

    private final DocumentStore store;
    private final DocumentProblem problem;
    private final DateTimeFormatter dates;

    DamagedDocumentNotice(DocumentStore store, DocumentProblem problem, ZoneId zone) {
        this.store = store;
        this.problem = problem;
        this.dates = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT, FormatStyle.MEDIUM).withLocale(getLocale())
                .withZone(zone);
        String file = problem.document().fileName();
        setId("damaged-" + file.replace(".json", ""));
        addClassNames("damaged-document");
        Span title = new Span(getTranslation("damaged.banner.title", file));
        title.getStyle().set("font-weight", "600");
        Span text = new Span(" " + DamagedDocumentsBanner.describe(this, problem) + " "
                + getTranslation("damaged.banner.read-only"));
        text.addClassNames("damaged-problem");
        add(new Div(title, text), backups());
    }

    private Div backups() {
        List<DocumentVersion> versions;
        try {
            versions = store.versions(problem.document());
        } catch (StorageException e) {
            return new Div(new Span(getTranslation("damaged.banner.versions-unavailable") + " "
                    + getTranslation(e.messageKey())));
        }
        if (versions.isEmpty()) {
            return new Div(new Span(getTranslation("damaged.banner.no-backups")));
        }
        Select<DocumentVersion> backup = new Select<>();
        backup.setAriaLabel(getTranslation("damaged.banner.backup"));
        backup.setItems(versions);
        backup.setItemLabelGenerator(this::label);
        backup.setValue(versions.getFirst());
        backup.setId("damaged-backup-" + problem.document().fileName().replace(".json", ""));
        backup.setMinWidth("14em");
        Button restore = new Button(getTranslation("damaged.banner.restore"), e -> confirm(backup.getValue()));
        restore.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
        restore.setId("damaged-restore-" + problem.document().fileName().replace(".json", ""));
        HorizontalLayout row = new HorizontalLayout(new Span(getTranslation("damaged.banner.backup")), backup, restore);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        row.getStyle().set("flex-wrap", "wrap");
        return new Div(row);
    }

    private String label(DocumentVersion version) {
        String when = version.savedAt() == null ? version.id() : dates.format(version.savedAt());
        return version.description() == null || version.description().isBlank() ? when
                : when + " · " + version.description();
    }

    private void confirm(DocumentVersion version) {
        if (version == null) {
            return;
        }
        String file = problem.document().fileName();
        ConfirmDialog dialog = new ConfirmDialog(getTranslation("damaged.banner.confirm.title", file),
                getTranslation("damaged.banner.confirm.text", label(version)), getTranslation("damaged.banner.restore"),
                e -> restore(version));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("damaged.banner.confirm.cancel"));
        dialog.setId("damaged-restore-confirm");
        dialog.open();
    }

    private void restore(DocumentVersion version) {
        String file = problem.document().fileName();
        String keptAs;
        try {
            keptAs = store.restore(problem.document(), version.id());
        } catch (DamagedDocumentException e) {
            Notices.error(getTranslation("damaged.banner.backup-damaged", label(version),
                    DamagedDocumentsBanner.describe(this, e.problem())));
            return;
        } catch (StorageException e) {
            Notices.error(getTranslation(e.messageKey()));
            return;
        }
        boolean github = store.status().type() == StorageProperties.Type.GITHUB;
        String done = getTranslation(github ? "damaged.banner.restored.github" : "damaged.banner.restored", file,
                label(version), keptAs);
        Notices.success(done);
        Button reload = new Button(getTranslation("damaged.banner.reload"),
                e -> e.getSource().getUI().ifPresent(ui -> ui.getPage().reload()));
        reload.addThemeVariants(ButtonVariant.LUMO_SMALL);
        reload.setId("damaged-reload");
        Span restored = new Span(done + " ");
        restored.setId("damaged-restored");
        restored.getStyle().set("color", "var(--lumo-success-text-color)");
        removeAll();
        add(restored, reload);
    }
}
