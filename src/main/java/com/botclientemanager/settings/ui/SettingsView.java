package com.botclientemanager.settings.ui;

import com.botclientemanager.charges.ui.ChargesSection;
import com.botclientemanager.push.ui.NotificationsSection;
import com.botclientemanager.ui.AppPage;
import com.botclientemanager.ui.MainLayout;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

/** Settings, one section per concern; each module contributes its own section. */
@Route(value = "settings", layout = MainLayout.class)
@PermitAll
public class SettingsView extends AppPage {

    public SettingsView(ChangePasswordSection changePassword, PixSection pix,
            StorageSection storage, ClientDefaultsSection clients, RepliesSection replies,
            ClientPagesSection clientPages, ChargesSection charges, NotificationsSection notifications) {
        super("settings.title", "settings.description");
        add(pix, charges, clientPages, clients, replies, notifications, storage, changePassword);
    }
}
