package com.botclientemanager.clients.internal;

import com.botclientemanager.clients.ManualSends;
import com.botclientemanager.clients.MessageChoice;
import com.botclientemanager.whatsapp.SendPacer;
import org.springframework.stereotype.Component;

/**
 * The JobRunr job that sends one "Enviar agora" message. It takes ids (and the free text), so it renders what the
 * client and template are when it runs; a client deactivated or marked "not on WhatsApp" meanwhile is skipped. It takes
 * its turn in the same pacing as the reminders, so a send to many clients during a reminder batch stays within the rate.
 */
@Component
public class ManualSendJob {

    private final ManualSends messages;
    private final SendPacer pacer;

    ManualSendJob(ManualSends messages, SendPacer pacer) {
        this.messages = messages;
        this.pacer = pacer;
    }

    public void send(String clientId, String templateId, String text) throws InterruptedException {
        pacer.awaitTurn();
        messages.sendOne(clientId, new MessageChoice(templateId, text));
    }
}
