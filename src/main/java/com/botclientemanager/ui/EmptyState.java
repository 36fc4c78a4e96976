package com.botclientemanager.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;

/** What a list says when there is nothing in it yet: a title, what to do next, and buttons that do it. */
public class EmptyState extends Div {

    private final Div actions = new Div();

    public EmptyState(String id, String title, String text) {
        setId(id);
        addClassNames("empty-state");
        H3 heading = new H3(title);
        heading.addClassNames("empty-state__title");
        Paragraph paragraph = new Paragraph(text);
        paragraph.addClassNames("empty-state__text");
        actions.addClassNames("empty-state__actions");
        add(heading, paragraph, actions);
    }

    public EmptyState withAction(Button button) {
        actions.add(button);
        return this;
    }
}
