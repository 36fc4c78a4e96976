package com.botclientemanager.clients.ui;

import com.botclientemanager.clients.Client;
import com.botclientemanager.clients.ClientService;
import com.botclientemanager.clients.DeletedClient;
import com.botclientemanager.storage.StorageException;
import com.botclientemanager.ui.Notices;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

/** Delete asks first, then offers "Desfazer" for a few seconds (the client is stored again as it was). */
final class DeleteFlow {

    static final int UNDO_MILLIS = 8000;

    private DeleteFlow() {
    }

    static void confirm(Component owner, ClientService clients, Client client, Runnable onChange) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader(owner.getTranslation("clients.delete.title"));
        dialog.setText(owner.getTranslation("clients.delete.text", client.name()));
        dialog.setCancelable(true);
        dialog.setCancelText(owner.getTranslation("clients.action.cancel"));
        dialog.setConfirmText(owner.getTranslation("clients.action.delete"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.addConfirmListener(e -> {
            try {
                clients.delete(client.id()).ifPresent(deleted -> offerUndo(owner, clients, deleted, onChange));
            } catch (StorageException ex) {
                Notices.error(owner.getTranslation(ex.messageKey()));
            }
            onChange.run();
        });
        dialog.open();
    }

    private static void offerUndo(Component owner, ClientService clients, DeletedClient deleted, Runnable onChange) {
        offerUndo(owner, owner.getTranslation("clients.delete.done", deleted.client().name()),
                () -> clients.restore(deleted), onChange);
    }

    /** The "Desfazer" toast of a delete, one client or many: {@code restore} stores them again as they were. */
    static void offerUndo(Component owner, String message, Runnable restore, Runnable onChange) {
        Notification notification = new Notification();
        notification.setDuration(UNDO_MILLIS);
        Notices.place(notification);
        Span text = new Span(message);
        Button undo = new Button(owner.getTranslation("clients.action.undo"), e -> {
            notification.close();
            try {
                restore.run();
            } catch (StorageException ex) {
                Notices.error(owner.getTranslation(ex.messageKey()));
            }
            onChange.run();
        });
        undo.setId("undo-delete");
        undo.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        HorizontalLayout layout = new HorizontalLayout(text, undo);
        layout.setAlignItems(HorizontalLayout.Alignment.CENTER);
        notification.add(layout);
        notification.open();
    }
}
