package com.botclientemanager.clients.ui;

import com.botclientemanager.clients.Client;
import com.botclientemanager.clients.ClientException;
import com.botclientemanager.clients.ManualSends;
import com.botclientemanager.clients.Payment;
import com.botclientemanager.clients.PaymentMethod;
import com.botclientemanager.clients.PaymentRequest;
import com.botclientemanager.clients.PaymentService;
import com.botclientemanager.storage.StorageException;
import com.botclientemanager.ui.Notices;
import com.botclientemanager.validation.InvalidInputException;
import com.botclientemanager.validation.Money;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import java.time.LocalDate;

/** "Marcar como pago": the day, the amount (the client's price), the method and a note; shows the new due date. */
class PaymentDialog extends Dialog {

    private final PaymentService payments;
    private final Client client;
    private final Runnable onChange;
    private final DatePicker date = new DatePicker();
    private final PriceField amount = new PriceField("");
    private final Select<PaymentMethod> method = new Select<>();
    private final TextField note = new TextField();
    private final Span newDueDate = new Span();
    private final ManualSends messages;
    private final Checkbox confirmation = new Checkbox();
    private final Select<Integer> periods = new Select<>();
    private final PriceField discount = new PriceField("");
    private final Checkbox partial = new Checkbox();

    PaymentDialog(PaymentService payments, ManualSends messages, Client client, LocalDate today, boolean phoneWidth,
            Runnable onChange) {
        this.payments = payments;
        this.messages = messages;
        this.client = client;
        this.onChange = onChange;
        setHeaderTitle(getTranslation("clients.payment.title"));
        if (phoneWidth) {
            setWidth("100vw");
        } else {
            setWidth("480px");
        }
        Paragraph who = new Paragraph(getTranslation("clients.payment.client", client.name(),
                Formats.date(client.dueDate(), getLocale())));
        who.setId("payment-client");
        if (client.billingOrNone().paid().signum() > 0) {
            who.add(new Span(getTranslation("clients.payment.open-balance",
                    Money.format(client.balance(), getLocale()))));
        }

        date.setLabel(getTranslation("clients.payment.date"));
        date.setId("payment-date");
        DateInputs.setUp(date, getLocale(), this::getTranslation);
        date.setMax(today);
        date.setValue(today);
        date.addValueChangeListener(e -> showNewDueDate());

        periods.setLabel(getTranslation("clients.payment.periods"));
        periods.setId("payment-periods");
        periods.setItems(java.util.stream.IntStream.rangeClosed(1, PaymentRequest.MAX_PERIODS).boxed().toList());
        periods.setItemLabelGenerator(n -> getTranslation("clients.payment.periods.count", n));
        periods.setValue(1);
        periods.addValueChangeListener(e -> suggestAmount());
        discount.setLabel(getTranslation("clients.payment.discount"));
        discount.setId("payment-discount");
        discount.setPlaceholder("0,00");
        discount.addValueChangeListener(e -> suggestAmount());
        partial.setLabel(getTranslation("clients.payment.partial"));
        partial.setId("payment-partial");
        partial.setHelperText(getTranslation("clients.payment.partial.help"));
        partial.addValueChangeListener(e -> {
            periods.setEnabled(!e.getValue());
            if (e.getValue()) {
                periods.setValue(1);
            }
            suggestAmount();
        });
        amount.setLabel(getTranslation("clients.payment.amount"));
        amount.setId("payment-amount");
        amount.setPrice(client.balance());
        amount.addValueChangeListener(e -> showNewDueDate());

        method.setLabel(getTranslation("clients.payment.method"));
        method.setId("payment-method");
        method.setItems(PaymentMethod.values());
        method.setItemLabelGenerator(m -> getTranslation(m.messageKey()));
        method.setValue(PaymentMethod.PIX);

        note.setLabel(getTranslation("clients.payment.note"));
        note.setId("payment-note");
        note.setMaxLength(500);

        newDueDate.setId("payment-new-due-date");
        newDueDate.addClassNames("payment-new-due-date");
        showNewDueDate();

        FormLayout layout = new FormLayout(periods, date, discount, amount, method, note, partial);
        layout.setColspan(partial, 2);
        layout.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("400px", 2));
        confirmation.setLabel(getTranslation("clients.payment.send-confirmation"));
        confirmation.setId("payment-send-confirmation");
        boolean available = messages.confirmationTemplate(client).isPresent();
        confirmation.setValue(available);
        confirmation.setEnabled(available);
        if (!available) {
            confirmation.setHelperText(getTranslation(messages.optedOut(client.id())
                    ? "clients.payment.send-confirmation.opted-out" : client.active() && !client.notOnWhatsApp()
                    ? "clients.payment.send-confirmation.no-template" : "clients.payment.send-confirmation.unreachable"));
        }
        add(who, layout, new HorizontalLayout(newDueDate), confirmation);

        Button cancel = new Button(getTranslation("clients.action.cancel"), e -> close());
        Button confirm = new Button(getTranslation("clients.payment.confirm"), e -> confirm());
        confirm.setId("payment-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
        getFooter().add(cancel, confirm);
    }

    /** The amount for the periods chosen, less the discount and what was already paid towards the current period. */
    private void suggestAmount() {
        if (client.value() != null) {
            BigDecimal owed = partial.getValue() ? client.balance()
                    : client.value().multiply(BigDecimal.valueOf(periods.getValue())).subtract(client.billingOrNone().paid());
            BigDecimal off = typedOrZero(discount);
            amount.setPrice(owed.subtract(off).max(BigDecimal.ZERO));
        }
        showNewDueDate();
    }

    private static BigDecimal typedOrZero(PriceField field) {
        try {
            BigDecimal typed = Money.parse(field.getValue());
            return typed == null ? BigDecimal.ZERO : typed;
        } catch (InvalidInputException e) {
            return BigDecimal.ZERO;
        }
    }

    private PaymentRequest request(BigDecimal paid, BigDecimal off) {
        return new PaymentRequest(date.getValue(), paid, method.getValue(), note.getValue(),
                periods.getValue() == null ? 1 : periods.getValue(), off, partial.getValue());
    }

    private void showNewDueDate() {
        LocalDate paidOn = date.getValue();
        try {
            if (paidOn == null) {
                newDueDate.setText("");
                return;
            }
            BigDecimal paid = typedOrZero(amount);
            var outcome = payments.preview(client, request(paid, typedOrZero(discount)));
            String due = Formats.date(outcome.newDueDate(), getLocale());
            newDueDate.setText(outcome.renewed(client) || !partial.getValue()
                    ? getTranslation("clients.payment.new-due-date", due)
                    : getTranslation("clients.payment.partial.keeps", due,
                            Money.format(outcome.balanceAfter(), getLocale())));
        } catch (ClientException e) {
            newDueDate.setText(getTranslation(e.messageKey(), e.arguments()));
        } catch (StorageException e) {
            // settings.json is damaged: where the renewal starts is unknown, and "Confirmar" will say so
            newDueDate.setText(getTranslation(e.messageKey()));
        }
    }

    private void confirm() {
        if (date.isInvalid()) {
            return; // the field already says why ("Data inválida (dd/mm/aaaa)")
        }
        BigDecimal paid;
        BigDecimal off;
        try {
            paid = amount.price();
            off = discount.price();
        } catch (InvalidInputException e) {
            return;
        }
        Payment payment = payments.markPaid(client.id(), request(paid, off == null ? BigDecimal.ZERO : off));
        close();
        onChange.run();
        undoNotification(payment, confirmation.getValue() && payment.renewed() ? sendConfirmation(payment) : null);
    }

    /** Sends the confirmation message; the i18n key of what became of it. */
    private String sendConfirmation(Payment payment) {
        return messages.sendConfirmation(client.id(), payment.newDueDate())
                .map(o -> "clients.payment.confirmation." + o.name().toLowerCase(java.util.Locale.ROOT))
                .orElse("clients.payment.confirmation.none");
    }

    /** One toast for the whole action: the payment, what became of the confirmation (when sent) and "Desfazer". */
    private void undoNotification(Payment payment, String confirmationOutcome) {
        Notification notification = new Notification();
        notification.setDuration(8000);
        Notices.place(notification);
        boolean failed = confirmationOutcome != null && confirmationOutcome.endsWith(".failed");
        notification.addThemeVariants(failed ? NotificationVariant.LUMO_ERROR : NotificationVariant.LUMO_SUCCESS);
        Span text = new Span(payment.renewed() || !payment.partial()
                ? getTranslation("clients.payment.recorded", client.name(), Formats.date(payment.newDueDate(), getLocale()))
                : getTranslation("clients.payment.partial.recorded", client.name(),
                        Money.format(client.value()
                                .subtract(payment.previousPaid()).subtract(payment.amount()).subtract(payment.discount())
                                .max(BigDecimal.ZERO), getLocale())));
        text.setId("payment-recorded");
        Button undo = new Button(getTranslation("clients.action.undo"), e -> {
            notification.close();
            try {
                payments.undoLastPayment(client.id());
                onChange.run();
                Notices.success(getTranslation("clients.payment.undone"));
            } catch (ClientException | StorageException ex) {
                Notices.error(getTranslation("clients.payment.error.undo"));
            }
        });
        undo.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        // the sentences stacked in one column and "Desfazer" beside them: three side-by-side columns squeezed each
        // sentence into a narrow strip of four or five lines at 1280 px
        Div message = new Div(text);
        message.addClassNames("payment-toast-message");
        if (confirmationOutcome != null) {
            Span outcome = new Span(getTranslation(confirmationOutcome));
            outcome.setId("payment-confirmation-outcome");
            outcome.addClassNames("payment-toast-outcome");
            message.add(outcome);
        }
        HorizontalLayout layout = new HorizontalLayout(message, undo);
        layout.setAlignItems(HorizontalLayout.Alignment.CENTER);
        notification.add(layout);
        notification.open();
    }
}
