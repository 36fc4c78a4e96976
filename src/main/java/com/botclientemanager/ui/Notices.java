package com.botclientemanager.ui;

import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

/** The app's two kinds of toast: a success at the bottom, briefly, and an error in the middle, long enough to read. */
public final class Notices {

    private Notices() {
    }

    /** Shows an already translated success message. */
    public static Notification success(String text) {
        Notification notification = Notification.show(text, 3000, Notification.Position.BOTTOM_CENTER);
        notification.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        return notification;
    }

    /** Shows an already translated error message. */
    public static Notification error(String text) {
        Notification notification = Notification.show(text, 6000, Notification.Position.MIDDLE);
        notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
        return notification;
    }
}
