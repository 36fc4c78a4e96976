package com.botclientemanager.templates.ui;

import com.botclientemanager.ui.AppPage;
import com.botclientemanager.ui.MainLayout;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

/** The message templates and their live preview. */
@Route(value = "templates", layout = MainLayout.class)
@PermitAll
public class TemplatesView extends AppPage {

    public TemplatesView() {
        super("templates.title", "templates.description");
    }
}
