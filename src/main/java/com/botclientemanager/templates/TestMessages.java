package com.botclientemanager.templates;

import com.botclientemanager.validation.InvalidInputException;
import com.botclientemanager.whatsapp.MessagingService;
import com.botclientemanager.whatsapp.SendOutcome;
import com.botclientemanager.whatsapp.SendRequest;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;

/** "Enviar teste para o meu número": a template rendered as in the preview, sent to the reseller's own number. */
@Service
public class TestMessages {

    private static final Pattern PHONE = Pattern.compile("\\d{10,15}");

    private final TemplateService templates;
    private final MessagingService messaging;

    public TestMessages(TemplateService templates, MessagingService messaging) {
        this.templates = templates;
        this.messaging = messaging;
    }

    /**
     * @param phone the number with country and area code, in any common writing (+55 (11) 98765-4321)
     * @throws InvalidInputException for a number that cannot be a WhatsApp number; nothing is sent
     * @throws com.botclientemanager.whatsapp.TransientSendException when the provider cannot take it now
     */
    public SendOutcome send(String body, MessageData data, String phone) {
        String digits = phone == null ? "" : phone.replaceAll("\\D", "");
        if (!PHONE.matcher(digits).matches()) {
            throw new InvalidInputException("phone", "templates.test.phone-invalid");
        }
        String text = templates.render(body, data, templates.messageLocale()).text();
        if (text.isBlank()) {
            throw new InvalidInputException("body", "templates.test.empty");
        }
        return messaging.send(SendRequest.text(null, null, digits, "test", text, null));
    }
}
