package com.botclientemanager.clients.ui;

import com.botclientemanager.ui.AppPage;
import com.botclientemanager.ui.MainLayout;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

/** The client list: search, filters, renewals, import and export. */
@Route(value = "clients", layout = MainLayout.class)
@PermitAll
public class ClientsView extends AppPage {

    public ClientsView() {
        super("clients.title", "clients.description");
    }
}
