package com.botclientemanager.clients.ui;

import com.botclientemanager.clients.Client;
import com.botclientemanager.clients.ClientException;
import com.botclientemanager.clients.ClientPixCodes;
import com.botclientemanager.clients.ImportedRenewals;
import com.botclientemanager.clients.Payment;
import com.botclientemanager.clients.PaymentService;
import com.botclientemanager.clients.PhoneNumbers;
import com.botclientemanager.storage.StorageException;
import com.botclientemanager.ui.Notices;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.util.List;

/** A client's contact, plan and payments, newest first; the last payment can be undone. */
class HistoryDialog extends Dialog {

    private final PaymentService payments;
    private final Runnable onChange;
    private final ImportedRenewals imported;
    private final Grid<HistoryRow> grid = new Grid<>();
    private final Button undoLast = new Button();
    private Client client;

    HistoryDialog(PaymentService payments, ImportedRenewals imported, ClientPixCodes pix, PhoneNumbers phones,
            Client client, boolean phoneWidth, Runnable onChange, Runnable sendMessage) {
        this.payments = payments;
        this.imported = imported;
        this.client = client;
        this.onChange = onChange;
        setHeaderTitle(getTranslation("clients.history.title", client.name()));
        setWidth(phoneWidth ? "100vw" : "960px");
        Paragraph contact = new Paragraph(getTranslation("clients.history.summary", phones.format(client.phone()),
                plan(), Formats.price(client.value(), getLocale())));

        if (phoneWidth) {
            grid.addComponentColumn(this::phoneRow).setHeader(getTranslation("clients.history.payments"));
        } else {
            grid.addColumn(p -> Formats.date(p.date(), getLocale())).setHeader(getTranslation("clients.payment.date"));
            grid.addColumn(p -> Formats.price(p.amount(), getLocale())).setHeader(getTranslation("clients.payment.amount"));
            grid.addColumn(this::method).setHeader(getTranslation("clients.payment.method"));
            grid.addColumn(p -> Formats.date(p.previousDueDate(), getLocale()) + " → " + Formats.date(p.newDueDate(), getLocale()))
                    .setHeader(getTranslation("clients.history.due-dates")).setAutoWidth(true);
            grid.addColumn(this::note).setHeader(getTranslation("clients.payment.note"));
            grid.addComponentColumn(this::state).setHeader(getTranslation("clients.history.state")).setAutoWidth(true);
        }
        grid.setPartNameGenerator(p -> p.undone() ? "payment-undone" : p.isImported() ? "payment-imported" : null);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(true);
        grid.setId("payment-history");

        undoLast.setText(getTranslation("clients.history.undo-last"));
        undoLast.setId("undo-last-payment");
        undoLast.addThemeVariants(ButtonVariant.LUMO_ERROR);
        undoLast.addClickListener(e -> confirmUndo());
        Button close = new Button(getTranslation("clients.action.close"), e -> close());
        close.setId("history-close");
        Button send = new Button(getTranslation("clients.action.send"), e -> {
            close();
            sendMessage.run();
        });
        send.setId("history-send");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(undoLast, send, close);
        add(contact);
        pix.pixCode(client).ifPresent(code -> add(pixBlock(code)));
        Anchor messages = new Anchor("/messages?client=" + URLEncoder.encode(client.id(), StandardCharsets.UTF_8),
                getTranslation("clients.history.messages"));
        messages.setId("client-messages");
        add(grid, messages);
        refresh();
    }

    /** The PIX code for the client's price, as a QR to scan and as text to copy into a bank app. */
    private Div pixBlock(ClientPixCodes.PixCode code) {
        Image qr = new Image("data:image/png;base64," + Base64.getEncoder().encodeToString(code.qrPng()),
                getTranslation("clients.history.pix.qr"));
        qr.setWidth("180px");
        qr.setId("client-pix-qr");
        TextArea text = new TextArea(getTranslation("clients.history.pix.code"));
        text.setValue(code.code());
        text.setReadOnly(true);
        text.setWidthFull();
        text.setId("client-pix-code");
        Button copy = new Button(getTranslation("clients.history.pix.copy"), e -> {
            e.getSource().getUI().ifPresent(ui -> ui.getPage().executeJs("navigator.clipboard.writeText($0)", code.code()));
            Notices.info(getTranslation("clients.history.pix.copied"));
        });
        copy.addThemeVariants(ButtonVariant.LUMO_SMALL);
        Div block = new Div(qr, new Div(text, copy));
        block.addClassName("client-pix");
        return block;
    }

    private void refresh() {
        List<Payment> history = payments.history(client.id());
        grid.setItems(HistoryRow.merge(history, imported.of(client.id())));
        undoLast.setEnabled(history.stream().anyMatch(p -> !p.undone()));
    }

    private String method(HistoryRow row) {
        return row.isImported() ? getTranslation("clients.history.imported.method")
                : getTranslation(row.payment().method().messageKey());
    }

    private String note(HistoryRow row) {
        if (!row.isImported()) {
            return row.payment().note();
        }
        Integer days = row.imported().daysAdded();
        return days == null ? "" : getTranslation("clients.history.imported.days", days);
    }

    /** On a phone the columns do not fit: one cell per payment, the date, amount and method first. */
    private Div phoneRow(HistoryRow row) {
        Div first = new Div(new Span(Formats.date(row.date(), getLocale()) + " · "
                + Formats.price(row.amount(), getLocale()) + " · " + method(row)));
        Div second = new Div(new Span(Formats.date(row.previousDueDate(), getLocale()) + " → "
                + Formats.date(row.newDueDate(), getLocale())));
        second.addClassNames("history-phone-detail");
        Div cell = new Div(first, second);
        cell.addClassNames("history-phone-row");
        String note = note(row);
        if (note != null && !note.isBlank()) {
            Div noteLine = new Div(new Span(note));
            noteLine.addClassNames("history-phone-detail");
            cell.add(noteLine);
        }
        Span state = state(row);
        if (!state.getText().isEmpty()) {
            second.add(new Span(" "), state);
        }
        return cell;
    }

    /** "desfeito" for an undone payment, "importado do bot antigo" for the older bot's renewals (read-only). */
    private Span state(HistoryRow row) {
        Span state = new Span(row.undone() ? getTranslation("clients.history.undone")
                : row.isImported() ? getTranslation("clients.history.imported") : "");
        if (row.isImported()) {
            state.addClassNames("status-badge", "history-imported");
        }
        return state;
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
                Notices.error(getTranslation("clients.payment.error.undo"));
            }
        });
        confirm.open();
    }

    /** The plan's name, or the service when the client has none (as clients from the older bot do). */
    private String plan() {
        if (client.planName() != null && !client.planName().isBlank()) {
            return client.planName();
        }
        return client.service() == null ? "" : client.service();
    }
}
