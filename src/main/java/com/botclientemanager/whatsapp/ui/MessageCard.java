package com.botclientemanager.whatsapp.ui;

import com.botclientemanager.whatsapp.LoggedMessage;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/** One message as a card on a phone: when and to whom, its kind and status, the start of the text, and resend. */
final class MessageCard {

    private MessageCard() {
    }

    static Div of(LoggedMessage message, String time, String client, String kind, Component status,
            Component resend, String text) {
        Span when = new Span(time);
        when.addClassNames("message-card__time");
        Div top = new Div(when, status);
        top.addClassNames("message-card__top");
        Span name = new Span(client);
        name.addClassNames("message-card__client");
        Span kindLabel = new Span(kind);
        kindLabel.addClassNames("message-card__kind");
        Div body = new Div();
        body.setText(text);
        body.addClassNames("message-card__text");
        Div card = new Div(top, name, kindLabel, body, resend);
        card.addClassNames("message-card");
        card.getElement().setAttribute("data-id", String.valueOf(message.id()));
        return card;
    }
}
