package com.botclientemanager.clients.internal;

import com.botclientemanager.clients.MessageChoice;

/** Where "Enviar agora" for several clients hands each message, to be sent in the background at the WhatsApp pace. */
public interface ManualSendQueue {

    void enqueue(String clientId, String clientName, MessageChoice choice);
}
