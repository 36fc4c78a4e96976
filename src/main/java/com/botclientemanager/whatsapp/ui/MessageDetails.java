package com.botclientemanager.whatsapp.ui;

import com.botclientemanager.whatsapp.LoggedMessage;
import com.botclientemanager.whatsapp.MessageLog;
import com.botclientemanager.whatsapp.StatusChange;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/** One message: full text, recipient, provider id and the status timeline. */
class MessageDetails extends Dialog {

    MessageDetails(MessageLog log, LoggedMessage message) {
        DateTimeFormatter time = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(getLocale());
        // the reminders' zone, like the log's list and due dates (not the server's)
        ZoneId zone = log.zone();
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
            String line = time.format(change.at().atZone(zone)) + " · " + getTranslation(change.status().labelKey())
                    + (reason.isEmpty() ? "" : " · " + reason);
            timeline.add(new ListItem(line));
        }
        add(new Paragraph(getTranslation("messages.details.timeline")), timeline);
        getFooter().add(new Button(getTranslation("messages.details.close"), e -> close()));
    }
}
