package com.botclientemanager.whatsapp.ui;

import com.botclientemanager.whatsapp.SendOutcome;
import com.botclientemanager.whatsapp.WhatsAppConnection;
import com.botclientemanager.whatsapp.WhatsAppConnection.TestResult;
import com.botclientemanager.ui.Notices;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

/** "Enviar mensagem de teste": a valid number with country code and a short text. */
class TestMessageForm extends Div {

    private static final int MAX_TEXT = 1000;

    TestMessageForm(WhatsAppConnection connection) {
        addClassNames("whatsapp-test-message");
        TextField phone = new TextField();
        phone.setLabel(getTranslation("whatsapp.test.phone"));
        phone.setHelperText(getTranslation("whatsapp.test.phone.help"));
        phone.setId("test-phone");
        phone.setMaxLength(25);
        TextArea text = new TextArea();
        text.setLabel(getTranslation("whatsapp.test.text"));
        text.setValue(getTranslation("whatsapp.test.default-text"));
        text.setMaxLength(MAX_TEXT);
        text.setId("test-text");
        text.setWidthFull();
        Button send = new Button(getTranslation("whatsapp.test.send"));
        send.setId("test-send");
        send.addClickListener(e -> {
            phone.setInvalid(false);
            text.setInvalid(false);
            if (WhatsAppConnection.normalizePhone(phone.getValue()).isEmpty()) {
                phone.setErrorMessage(getTranslation("whatsapp.test.phone.invalid"));
                phone.setInvalid(true);
                return;
            }
            if (text.getValue().isBlank()) {
                text.setErrorMessage(getTranslation("whatsapp.test.text.empty"));
                text.setInvalid(true);
                return;
            }
            TestResult result = connection.sendTest(phone.getValue(), text.getValue().strip());
            if (result.transientReasonKey() != null) {
                Notices.info(getTranslation("whatsapp.test.retry-later", getTranslation(result.transientReasonKey())))
                        .addThemeVariants(NotificationVariant.LUMO_WARNING);
            } else if (result.outcome() == SendOutcome.FAILED) {
                Notices.error(getTranslation("whatsapp.test.failed"));
            }
        });
        add(new H3(getTranslation("whatsapp.test.title")), phone, text, send);
    }
}
