package com.botclientemanager.reports.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.shared.Tooltip;

/** One figure of the report, drawn like the dashboard's cards; a tap opens the list behind it. */
class ReportCard extends Div {

    private final Span value = new Span();
    private final Span detail = new Span();

    ReportCard(String id, String label, String tone, String definition, Runnable open) {
        setId(id);
        addClassNames("stat-card", "stat-card--" + tone, "stat-card--link");
        Span title = new Span(label);
        title.addClassNames("stat-card__label");
        value.addClassNames("stat-card__value");
        detail.addClassNames("stat-card__detail");
        add(title, value, detail);
        if (definition != null) {
            Tooltip.forComponent(this).setText(definition);
        }
        getElement().setAttribute("role", "button");
        getElement().setAttribute("tabindex", "0");
        addClickListener(e -> open.run());
        addClickShortcut(Key.ENTER);
    }

    void show(String newValue, String newDetail) {
        value.setText(newValue);
        detail.setText(newDetail == null ? "" : newDetail);
        detail.setVisible(newDetail != null && !newDetail.isEmpty());
    }
}
