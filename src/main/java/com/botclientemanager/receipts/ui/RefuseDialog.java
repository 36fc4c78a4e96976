package com.botclientemanager.receipts.ui;

import com.botclientemanager.clients.Client;
import com.botclientemanager.clients.ClientException;
import com.botclientemanager.receipts.Receipt;
import com.botclientemanager.receipts.ReceiptDecisions;
import com.botclientemanager.ui.Notices;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextArea;

/** "Recusar": closes the item without a payment; an optional message goes to the client. */
class RefuseDialog extends Dialog {

    RefuseDialog(Receipt receipt, Client client, ReceiptDecisions decisions, Runnable onDone) {
        setId("receipt-refuse-dialog");
        setHeaderTitle(getTranslation("receipts.refuse.title", client.name()));
        setWidth("min(420px, 100vw)");
        TextArea message = new TextArea(getTranslation("receipts.refuse.message"));
        message.setId("receipt-refuse-message");
        message.setHelperText(getTranslation("receipts.refuse.message.help"));
        message.setMaxLength(ReceiptDecisions.MAX_REFUSAL);
        message.setWidthFull();
        add(message);
        Button refuse = new Button(getTranslation("receipts.action.refuse"));
        refuse.setId("receipt-refuse-save");
        refuse.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        refuse.setDisableOnClick(true);
        refuse.addClickListener(e -> {
            try {
                if (decisions.refuse(receipt.id(), message.getValue())) {
                    Notices.success(getTranslation("receipts.refuse.done", client.name()));
                } else {
                    Notices.info(getTranslation("receipts.already-decided"));
                }
                close();
                onDone.run();
            } catch (ClientException ex) {
                Notices.error(getTranslation(ex.messageKey(), ex.arguments()));
                refuse.setEnabled(true);
            }
        });
        getFooter().add(new Button(getTranslation("clients.action.cancel"), e -> close()), refuse);
    }
}
