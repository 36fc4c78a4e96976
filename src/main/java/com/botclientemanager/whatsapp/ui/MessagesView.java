package com.botclientemanager.whatsapp.ui;

import com.botclientemanager.ui.AppPage;
import com.botclientemanager.ui.MainLayout;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

/** The log of every message sent, with its delivery status. */
@Route(value = "messages", layout = MainLayout.class)
@PermitAll
public class MessagesView extends AppPage {

    public MessagesView() {
        super("messages.title", "messages.description");
    }
}
