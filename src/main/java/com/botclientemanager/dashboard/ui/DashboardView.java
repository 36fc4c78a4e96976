package com.botclientemanager.dashboard.ui;

import com.botclientemanager.ui.AppPage;
import com.botclientemanager.ui.MainLayout;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

/** The first page after login: who must pay, what came in, and whether reminders are working. */
@Route(value = "", layout = MainLayout.class)
@PermitAll
public class DashboardView extends AppPage {

    public DashboardView() {
        super("dashboard.title", "dashboard.description");
    }
}
