package com.botclientemanager.templates;

import com.botclientemanager.validation.InvalidInputException;
import com.botclientemanager.validation.Phones;
import com.botclientemanager.whatsapp.MessagingService;
import com.botclientemanager.whatsapp.SendOutcome;
import org.springframework.stereotype.Service;

/** "Enviar teste para o meu número": a template rendered as in the preview, sent to the reseller's own number. */
@Service
public class PreviewSender {

    private final MessageComposer composer;
    private final MessagingService messaging;

    public PreviewSender(MessageComposer composer, MessagingService messaging) {
        this.composer = composer;
        this.messaging = messaging;
    }

    /**
     * @param phone the number with country and area code, in any common writing (+55 (11) 98765-4321), read as
     *              {@link Phones} reads every number
     * @throws InvalidInputException for a number that cannot be a WhatsApp number; nothing is sent
     * @throws com.botclientemanager.whatsapp.TransientSendException when the provider cannot take it now
     */
    public SendOutcome send(String body, MessageData data, String phone) {
        String digits = Phones.normalise(phone, null)
                .orElseThrow(() -> new InvalidInputException("phone", "templates.test.phone-invalid"));
        ComposedMessage message = composer.compose(body, data);
        if (message.text().isBlank()) {
            throw new InvalidInputException("body", "templates.test.empty");
        }
        // named by its number, as the WhatsApp page's test is: the sent-messages log and the live notice show it
        return messaging.send(message.request(null, "+" + digits, digits, "test", null));
    }
}
