package com.botclientemanager.whatsapp.ui;

import com.botclientemanager.ui.AppPage;
import com.botclientemanager.ui.MainLayout;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

/** The WhatsApp connection: provider, pairing by QR code, sending hours. */
@Route(value = "whatsapp", layout = MainLayout.class)
@PermitAll
public class WhatsAppView extends AppPage {

    public WhatsAppView() {
        super("whatsapp.title", "whatsapp.description");
    }
}
