package com.botclientemanager.clients.ui;

import com.botclientemanager.clients.Client;
import com.botclientemanager.clients.ClientException;
import com.botclientemanager.clients.Payment;
import com.botclientemanager.clients.PaymentService;
import com.botclientemanager.clients.PhoneNumbers;
import com.botclientemanager.storage.StorageException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.util.List;

/** A client's contact, plan and payments, newest first; the last payment can be undone. */
class HistoryDialog extends Dialog {

    private final PaymentService payments;
    private final Runnable onChange;
    private final Grid<Payment> grid = new Grid<>();
    private final Button undoLast = new Button();
    private Client client;

    HistoryDialog(PaymentService payments, PhoneNumbers phones, Client client, boolean phoneWidth, Runnable onChange) {
        this.payments = payments;
        this.client = client;
        this.onChange = onChange;
        setHeaderTitle(getTranslation("clients.history.title", client.name()));
        setWidth(phoneWidth ? "100vw" : "860px");
        Paragraph contact = new Paragraph(getTranslation("clients.history.summary", phones.format(client.phone()),
                client.planName() == null ? "" : client.planName(), Formats.price(client.value(), getLocale())));

        grid.addColumn(p -> Formats.date(p.date(), getLocale())).setHeader(getTranslation("clients.payment.date"));
        grid.addColumn(p -> Formats.price(p.amount(), getLocale())).setHeader(getTranslation("clients.payment.amount"));
        grid.addColumn(p -> getTranslation(p.method().messageKey())).setHeader(getTranslation("clients.payment.method"));
        grid.addColumn(p -> Formats.date(p.previousDueDate(), getLocale()) + " → " + Formats.date(p.newDueDate(), getLocale()))
                .setHeader(getTranslation("clients.history.due-dates")).setAutoWidth(true);
        grid.addColumn(Payment::note).setHeader(getTranslation("clients.payment.note"));
        grid.addComponentColumn(p -> p.undone() ? new Span(getTranslation("clients.history.undone")) : new Span())
                .setHeader(getTranslation("clients.history.state"));
        grid.setPartNameGenerator(p -> p.undone() ? "payment-undone" : null);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(true);
        grid.setId("payment-history");

        undoLast.setText(getTranslation("clients.history.undo-last"));
        undoLast.setId("undo-last-payment");
        undoLast.addThemeVariants(ButtonVariant.LUMO_ERROR);
        undoLast.addClickListener(e -> confirmUndo());
        Button close = new Button(getTranslation("clients.action.close"), e -> close());
        getFooter().add(undoLast, close);
        add(contact, grid);
        refresh();
    }

    private void refresh() {
        List<Payment> history = payments.history(client.id());
        grid.setItems(history);
        undoLast.setEnabled(history.stream().anyMatch(p -> !p.undone()));
    }

    private void confirmUndo() {
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setHeader(getTranslation("clients.history.undo-confirm.title"));
        confirm.setText(getTranslation("clients.history.undo-confirm.text"));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("clients.action.cancel"));
        confirm.setConfirmText(getTranslation("clients.history.undo-last"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.addConfirmListener(e -> {
            try {
                client = payments.undoLastPayment(client.id());
                onChange.run();
                refresh();
            } catch (ClientException | StorageException ex) {
                Notification.show(getTranslation("clients.payment.error.undo"), 5000, Notification.Position.MIDDLE)
                        .addThemeVariants(NotificationVariant.LUMO_ERROR);
            }
        });
        confirm.open();
    }
}
