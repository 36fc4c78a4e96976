package com.botclientemanager.ui;

import com.vaadin.flow.component.ClickEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.shared.Tooltip;

/**
 * One figure on the dashboard or a report: a label, a big value, an optional detail and definition; a tap opens the list
 * behind it, if any.
 */
public class StatCard extends Div {

    private final Span value = new Span();
    private final Span detail = new Span();

    public StatCard(String id, String label, String tone) {
        setId(id);
        addClassNames("stat-card", "stat-card--" + tone);
        Span title = new Span(label);
        title.addClassNames("stat-card__label");
        value.addClassNames("stat-card__value");
        detail.addClassNames("stat-card__detail");
        add(title, value, detail);
    }

    public void show(String newValue, String newDetail) {
        value.setText(newValue);
        detail.setText(newDetail == null ? "" : newDetail);
        detail.setVisible(newDetail != null && !newDetail.isEmpty());
    }

    /** Makes the card a button; a card without one (nothing to list) is plain text. */
    public void onOpen(ComponentEventListener<ClickEvent<Div>> listener) {
        addClassNames("stat-card--link");
        getElement().setAttribute("role", "button");
        getElement().setAttribute("tabindex", "0");
        addClickListener(listener);
        addClickShortcut(Key.ENTER);
    }

    /** What the figure counts, shown on hover and long-press (e.g. how churn is defined). */
    public void define(String definition) {
        Tooltip.forComponent(this).setText(definition);
    }
}
