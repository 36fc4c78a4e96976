package com.botclientemanager.ui;

import com.botclientemanager.storage.DamagedDocumentException;
import com.botclientemanager.storage.DocumentProblem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.HttpStatusCode;
import jakarta.annotation.security.PermitAll;

/**
 * Shown instead of a page whose data is in a damaged document (the clients list while clients.json does not load),
 * inside the shell, so the banner to restore it is right above. Without it the page showed Jackson's raw error.
 */
@ParentLayout(MainLayout.class)
@PermitAll
public class DamagedDocumentView extends AppPage implements HasErrorParameter<DamagedDocumentException> {

    private final Paragraph problem = new Paragraph();

    public DamagedDocumentView() {
        super("damaged.page.title", "damaged.page.description");
        problem.setId("damaged-page-problem");
        add(problem);
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<DamagedDocumentException> parameter) {
        DocumentProblem damaged = parameter.getException().problem();
        problem.setText(getTranslation("damaged.page.problem", damaged.document().fileName(),
                DamagedDocumentsBanner.describe(this, damaged)));
        return HttpStatusCode.SERVICE_UNAVAILABLE.getCode();
    }
}
