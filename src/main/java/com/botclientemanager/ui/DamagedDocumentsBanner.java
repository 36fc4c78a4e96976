package com.botclientemanager.ui;

import com.botclientemanager.storage.DocumentProblem;
import com.botclientemanager.storage.DocumentStore;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import java.time.ZoneId;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;

/**
 * On every page while a document is damaged: which file, what is wrong, its backups and "Restaurar" (one
 * {@link DamagedDocumentNotice} per file). Every logged-in person is the admin.
 */
@org.springframework.stereotype.Component
class DamagedDocumentsBanner implements ShellBanner {

    private static final Logger log = LoggerFactory.getLogger(DamagedDocumentsBanner.class);

    private final DocumentStore store;
    private final ZoneId zone;

    DamagedDocumentsBanner(DocumentStore store, @Value("${app.reminders.zone:America/Sao_Paulo}") ZoneId zone) {
        this.store = store;
        this.zone = zone;
    }

    @Override
    public Component create() {
        List<DocumentProblem> problems;
        try {
            problems = store.problems();
        } catch (RuntimeException e) {
            log.warn("Could not check the documents for the banner: {}", e.toString());
            return null;
        }
        if (problems.isEmpty()) {
            return null;
        }
        Div banner = new Div();
        banner.setId("damaged-documents-banner");
        banner.getElement().setAttribute("role", "alert");
        banner.getStyle().set("padding", "var(--lumo-space-s) var(--lumo-space-m)")
                .set("background", "var(--lumo-error-color-10pct)").set("color", "var(--lumo-error-text-color)")
                .set("font-size", "var(--lumo-font-size-s)");
        problems.forEach(problem -> banner.add(new DamagedDocumentNotice(store, problem, zone)));
        return banner;
    }

    /** The problem in the person's language, e.g. 'o cliente "Maria" tem o valor "1e999999999", e o valor precisa...'. */
    static String describe(Component component, DocumentProblem problem) {
        return component.getTranslation(problem.messageKey(), problem.arguments().toArray());
    }
}
