package com.botclientemanager.clients.ui;

import com.botclientemanager.clients.Client;
import com.botclientemanager.clients.ClientException;
import com.botclientemanager.clients.ClientService;
import com.botclientemanager.clients.DeletedClient;
import com.botclientemanager.clients.PaymentMethod;
import com.botclientemanager.clients.PaymentRequest;
import com.botclientemanager.clients.PaymentService;
import com.botclientemanager.storage.StorageException;
import com.botclientemanager.ui.Notices;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * "Marcar como pago" and "Excluir" for the selected clients: both ask first. Each payment goes through
 * {@link PaymentService} like a single one (the client's current price, paid today, renewed by its own period); a
 * bulk delete can be undone for a few seconds, as a single one.
 */
final class BulkFlow {

    private BulkFlow() {
    }

    static void markPaid(Component owner, PaymentService payments, ClientService clients, Collection<String> ids,
            LocalDate today, Runnable onChange) {
        confirm(owner, "clients.bulk.pay.title", "clients.bulk.pay.text", "clients.action.mark-paid", "primary", ids.size(), () -> {
            int paid = 0;
            List<String> failed = new ArrayList<>();
            for (String id : ids) {
                Optional<Client> client = clients.find(id);
                try {
                    if (client.isPresent()) {
                        payments.markPaid(id, new PaymentRequest(today, client.get().value(), PaymentMethod.PIX, ""));
                        paid++;
                    }
                } catch (ClientException | StorageException e) {
                    failed.add(client.get().name());
                }
            }
            onChange.run();
            if (failed.isEmpty()) {
                Notices.success(owner.getTranslation("clients.bulk.pay.done", paid));
            } else {
                Notices.error(owner.getTranslation("clients.bulk.pay.failed", paid, String.join(", ", failed)));
            }
        });
    }

    static void delete(Component owner, ClientService clients, Collection<String> ids, Runnable onChange) {
        confirm(owner, "clients.bulk.delete.title", "clients.bulk.delete.text", "clients.action.delete", "error primary",
                ids.size(), () -> {
                    List<DeletedClient> deleted = new ArrayList<>();
                    try {
                        for (String id : ids) {
                            clients.delete(id).ifPresent(deleted::add);
                        }
                    } catch (StorageException e) {
                        Notices.error(owner.getTranslation(e.messageKey()));
                    }
                    onChange.run();
                    if (!deleted.isEmpty()) {
                        offerUndo(owner, clients, deleted, onChange);
                    }
                });
    }

    private static void confirm(Component owner, String titleKey, String textKey, String actionKey, String theme, int count,
            Runnable action) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setId("bulk-confirm");
        dialog.setHeader(owner.getTranslation(titleKey, count));
        dialog.setText(owner.getTranslation(textKey, count));
        dialog.setCancelable(true);
        dialog.setCancelText(owner.getTranslation("clients.action.cancel"));
        dialog.setConfirmText(owner.getTranslation(actionKey));
        dialog.setConfirmButtonTheme(theme);
        dialog.addConfirmListener(e -> action.run());
        dialog.open();
    }

    private static void offerUndo(Component owner, ClientService clients, List<DeletedClient> deleted, Runnable onChange) {
        DeleteFlow.offerUndo(owner, owner.getTranslation("clients.bulk.delete.done", deleted.size()),
                () -> deleted.forEach(clients::restore), onChange);
    }
}
