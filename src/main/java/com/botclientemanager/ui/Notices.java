package com.botclientemanager.ui;

import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

/**
 * The app's toasts, only for what the user just did (automatic sends go to the message bell): all at the top centre,
 * where they cover neither a dialog's buttons (in its footer) nor a phone's bottom bar; errors stay long enough to read.
 */
public final class Notices {

    /** Where every toast of the app opens. */
    public static final Notification.Position POSITION = Notification.Position.TOP_CENTER;

    private Notices() {
    }

    /** Shows an already translated success message. */
    public static Notification success(String text) {
        Notification notification = show(text, 3000);
        notification.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        return notification;
    }

    /** Shows an already translated neutral message. */
    public static Notification info(String text) {
        return show(text, 4000);
    }

    /** Shows an already translated error message. */
    public static Notification error(String text) {
        Notification notification = show(text, 6000);
        notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
        return notification;
    }

    /** Puts a toast built by hand (one with an "Desfazer" button, say) where the others go. */
    public static Notification place(Notification notification) {
        notification.setPosition(POSITION);
        notification.addClassNames("app-notice");
        return notification;
    }

    private static Notification show(String text, int millis) {
        Notification notification = place(new Notification(text, millis));
        notification.open();
        return notification;
    }
}
