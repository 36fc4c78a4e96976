package com.botclientemanager.clients.adapter;

import com.botclientemanager.clients.ClientDirectory;
import com.botclientemanager.whatsapp.PhoneNotOnWhatsApp;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * When WhatsApp says a client's number has no account, the client is marked "not on WhatsApp" (reminders skip it) until
 * the number is edited.
 */
@Component
class NotOnWhatsAppMarker {

    private final ClientDirectory clients;

    NotOnWhatsAppMarker(ClientDirectory clients) {
        this.clients = clients;
    }

    @EventListener
    void onPhoneNotOnWhatsApp(PhoneNotOnWhatsApp event) {
        if (event.clientId() == null) {
            return;
        }
        clients.find(event.clientId())
                .filter(client -> !client.notOnWhatsApp() && event.phone().equals(client.phone()))
                .ifPresent(client -> clients.save(client.withNotOnWhatsApp(true)));
    }
}
