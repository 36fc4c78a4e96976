package com.botclientemanager.dashboard.ui;

import com.vaadin.flow.component.ClickEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/** One figure on the dashboard: a label, a big value, an optional detail; a tap opens the list behind it, if any. */
class StatCard extends Div {

    private final Span value = new Span();
    private final Span detail = new Span();

    StatCard(String id, String label, String tone) {
        setId(id);
        addClassNames("stat-card", "stat-card--" + tone);
        Span title = new Span(label);
        title.addClassNames("stat-card__label");
        value.addClassNames("stat-card__value");
        detail.addClassNames("stat-card__detail");
        add(title, value, detail);
    }

    void show(String newValue, String newDetail) {
        value.setText(newValue);
        detail.setText(newDetail == null ? "" : newDetail);
        detail.setVisible(newDetail != null && !newDetail.isEmpty());
    }

    /** Makes the card a button; a card without one (nothing to list) is plain text. */
    void onOpen(ComponentEventListener<ClickEvent<Div>> listener) {
        addClassNames("stat-card--link");
        getElement().setAttribute("role", "button");
        getElement().setAttribute("tabindex", "0");
        addClickListener(listener);
        addClickShortcut(Key.ENTER);
    }
}
