package com.botclientemanager.whatsapp.ui;

import com.botclientemanager.ui.AppTimes;
import com.botclientemanager.whatsapp.LoggedMessage;
import com.botclientemanager.whatsapp.MessageLog;
import com.botclientemanager.whatsapp.StatusChange;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;

/** One message: full text, recipient, provider id and the status timeline. */
class MessageDetails extends Dialog {

    MessageDetails(MessageLog log, LoggedMessage message, AppTimes times) {
        setHeaderTitle(message.clientName() == null ? "+" + message.phone() : message.clientName());
        setId("message-details");
        Div text = new Div();
        text.setText(message.text());
        text.addClassNames("message-full-text");
        text.getStyle().set("white-space", "pre-wrap");
        add(new Paragraph(getTranslation("messages.details.phone", "+" + message.phone())), text);
        if (message.providerMessageId() != null) {
            add(new Paragraph(getTranslation("messages.details.provider-id", message.providerMessageId())));
        }
        UnorderedList timeline = new UnorderedList();
        timeline.addClassNames("message-timeline");
        for (StatusChange change : log.timeline(message.id())) {
            String reason = Reasons.describe(this, change.reason());
            String line = times.dateTimeWithSeconds(change.at(), getLocale()) + " · " + getTranslation(change.status().labelKey())
                    + (reason.isEmpty() ? "" : " · " + reason);
            timeline.add(new ListItem(line));
        }
        add(new Paragraph(getTranslation("messages.details.timeline")), timeline);
        getFooter().add(new Button(getTranslation("messages.details.close"), e -> close()));
    }
}
