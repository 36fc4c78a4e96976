package com.botclientemanager.receipts.ui;

import com.botclientemanager.clients.Client;
import com.botclientemanager.clients.ClientException;
import com.botclientemanager.clients.ManualSends;
import com.botclientemanager.clients.Payment;
import com.botclientemanager.clients.PaymentMethod;
import com.botclientemanager.clients.PaymentRequest;
import com.botclientemanager.clients.PaymentService;
import com.botclientemanager.receipts.Receipt;
import com.botclientemanager.receipts.ReceiptDecisions;
import com.botclientemanager.storage.StorageException;
import com.botclientemanager.ui.Notices;
import com.botclientemanager.validation.InvalidInputException;
import com.botclientemanager.validation.Money;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Optional;

/**
 * "Confirmar": the payment as "Marcar como pago" records it (day, amount prefilled with what is due, method), and
 * "Enviar confirmação", ticked when the client has a confirmation template.
 */
class ConfirmDialog extends Dialog {

    private final Receipt receipt;
    private final Client client;
    private final ReceiptDecisions decisions;
    private final PaymentService payments;
    private final Runnable onDone;
    private final DatePicker date = new DatePicker();
    private final TextField amount = new TextField();
    private final Select<PaymentMethod> method = new Select<>();
    private final Checkbox sendConfirmation = new Checkbox();
    private final Button save = new Button();

    ConfirmDialog(Receipt receipt, Client client, ReceiptDecisions decisions, PaymentService payments,
            ManualSends sends, LocalDate today, Runnable onDone) {
        this.receipt = receipt;
        this.client = client;
        this.decisions = decisions;
        this.payments = payments;
        this.onDone = onDone;
        setId("receipt-confirm-dialog");
        setHeaderTitle(getTranslation("receipts.confirm.title", client.name()));
        setWidth("min(420px, 100vw)");
        date.setLabel(getTranslation("clients.payment.date"));
        date.setValue(today);
        date.setLocale(getLocale());
        amount.setLabel(getTranslation("receipts.confirm.amount"));
        amount.setId("receipt-amount");
        BigDecimal due = receipt.amountDue() != null ? receipt.amountDue() : client.value();
        amount.setValue(due == null ? "" : Money.amount(due, getLocale()));
        method.setLabel(getTranslation("clients.payment.method"));
        method.setItems(PaymentMethod.values());
        method.setItemLabelGenerator(m -> getTranslation(m.messageKey()));
        method.setValue(PaymentMethod.PIX);
        sendConfirmation.setLabel(getTranslation("receipts.confirm.send"));
        sendConfirmation.setId("receipt-send-confirmation");
        boolean hasTemplate = sends.confirmationTemplate(client).isPresent();
        sendConfirmation.setValue(hasTemplate);
        sendConfirmation.setEnabled(hasTemplate);
        DateTimeFormatter day = DateTimeFormatter.ofLocalizedDate(FormatStyle.SHORT).withLocale(getLocale());
        com.vaadin.flow.component.html.Paragraph next = new com.vaadin.flow.component.html.Paragraph(
                getTranslation("receipts.confirm.next", payments.nextDueDate(client, today).format(day)));
        next.setId("receipt-next-due");
        date.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                next.setText(getTranslation("receipts.confirm.next", payments.nextDueDate(client, e.getValue()).format(day)));
            }
        });
        add(new com.vaadin.flow.component.orderedlayout.VerticalLayout(date, amount, method, next, sendConfirmation));
        save.setText(getTranslation("receipts.action.confirm"));
        save.setId("receipt-confirm-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
        save.setDisableOnClick(true);
        save.addClickListener(e -> confirm());
        getFooter().add(new Button(getTranslation("clients.action.cancel"), e -> close()), save);
    }

    private void confirm() {
        BigDecimal value;
        try {
            value = Money.parse(amount.getValue());
        } catch (InvalidInputException e) {
            amount.setInvalid(true);
            amount.setErrorMessage(getTranslation(e.messageKey()));
            save.setEnabled(true);
            return;
        }
        date.setInvalid(date.getValue() == null);
        date.setErrorMessage(getTranslation("clients.payment.error.date-required"));
        amount.setInvalid(value == null || value.signum() <= 0);
        amount.setErrorMessage(getTranslation("receipts.confirm.error.amount"));
        if (date.isInvalid() || amount.isInvalid()) {
            save.setEnabled(true);
            return;
        }
        try {
            Optional<Payment> payment = decisions.confirm(receipt.id(),
                    new PaymentRequest(date.getValue(), value, method.getValue(), ""), sendConfirmation.getValue());
            if (payment.isPresent()) {
                DateTimeFormatter day = DateTimeFormatter.ofLocalizedDate(FormatStyle.SHORT).withLocale(getLocale());
                Notices.success(getTranslation("receipts.confirm.done", client.name(),
                        payment.get().newDueDate().format(day)));
            } else {
                Notices.info(getTranslation("receipts.already-decided"));
            }
            close();
            onDone.run();
        } catch (ClientException e) {
            Notices.error(getTranslation(e.messageKey(), e.arguments()));
            save.setEnabled(true);
        } catch (StorageException e) {
            Notices.error(getTranslation("receipts.error.storage"));
            save.setEnabled(true);
        }
    }
}
