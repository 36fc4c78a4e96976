package com.botclientemanager.clients.ui;

import com.botclientemanager.clients.AutoDeactivated;
import com.botclientemanager.clients.AutoDeactivation;
import com.botclientemanager.clients.ClientException;
import com.botclientemanager.storage.StorageException;
import com.botclientemanager.ui.Notices;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;

/** In a client's history: each time the overdue rule switched the client off, with "Desfazer" while it stands. */
class DeactivationNotes extends Div {

    private final AutoDeactivation rule;
    private final String clientId;
    private final Runnable onChange;

    DeactivationNotes(AutoDeactivation rule, String clientId, Runnable onChange) {
        this.rule = rule;
        this.clientId = clientId;
        this.onChange = onChange;
        setId("client-deactivations");
        refresh();
    }

    private void refresh() {
        removeAll();
        List<AutoDeactivated> entries = rule.of(clientId);
        setVisible(!entries.isEmpty());
        DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(getLocale());
        for (AutoDeactivated entry : entries) {
            Span text = new Span(getTranslation("clients.deactivation.history", entry.at().format(when),
                    Formats.date(entry.dueDate(), getLocale()), entry.daysOverdue()));
            Div line = new Div(text);
            line.addClassName("client-deactivation");
            if (entry.undone()) {
                Span undone = new Span(getTranslation("clients.deactivation.undone", entry.undoneAt().format(when)));
                undone.addClassNames("status-badge");
                line.add(new Span(" "), undone);
            } else {
                Button undo = new Button(getTranslation("clients.deactivation.undo"), e -> undo(entry));
                undo.addThemeVariants(ButtonVariant.LUMO_SMALL);
                undo.setId("undo-deactivation-" + entry.id());
                line.add(new Span(" "), undo);
            }
            add(line);
        }
    }

    private void undo(AutoDeactivated entry) {
        try {
            rule.undo(entry.id());
            Notices.success(getTranslation("clients.deactivation.undone.toast", entry.clientName()));
            onChange.run();
        } catch (ClientException | StorageException e) {
            Notices.error(getTranslation("clients.deactivation.error.undo"));
        }
        refresh();
    }
}
