package com.botclientemanager.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;

/** A page inside the {@link MainLayout}: its heading, a one-line description and the browser tab title, from i18n keys. */
public abstract class AppPage extends VerticalLayout implements HasDynamicTitle {

    private final String titleKey;

    protected AppPage(String titleKey, String descriptionKey) {
        this.titleKey = titleKey;
        addClassNames("app-page");
        H2 title = new H2(getTranslation(titleKey));
        title.addClassNames("page-title");
        Paragraph description = new Paragraph(getTranslation(descriptionKey));
        description.addClassNames("page-description");
        add(title, description);
    }

    @Override
    public String getPageTitle() {
        return getTranslation(titleKey) + " · " + getTranslation("app.name");
    }
}
