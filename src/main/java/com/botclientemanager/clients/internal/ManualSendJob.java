package com.botclientemanager.clients.internal;

import com.botclientemanager.clients.ClientMessages;
import com.botclientemanager.clients.MessageChoice;
import org.springframework.stereotype.Component;

/**
 * The JobRunr job that sends one "Enviar agora" message. It takes ids (and the free text), so it renders what the
 * client and template are when it runs; a client deactivated or marked "not on WhatsApp" meanwhile is skipped.
 */
@Component
public class ManualSendJob {

    private final ClientMessages messages;

    ManualSendJob(ClientMessages messages) {
        this.messages = messages;
    }

    public void send(String clientId, String templateId, String text) {
        messages.sendOne(clientId, new MessageChoice(templateId, text));
    }
}
