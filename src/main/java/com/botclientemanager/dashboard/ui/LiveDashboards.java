package com.botclientemanager.dashboard.ui;

import com.botclientemanager.clients.ClientsChanged;
import com.botclientemanager.clients.PaymentRecorded;
import com.botclientemanager.clients.PaymentUndone;
import com.botclientemanager.whatsapp.MessageStatusChanged;
import com.vaadin.flow.shared.Registration;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArraySet;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The open dashboards, told to refresh when clients, payments or messages change. A dashboard registers on attach and
 * unregisters on detach, so closed tabs are never held.
 */
@Component
class LiveDashboards {

    private final Set<Runnable> dashboards = new CopyOnWriteArraySet<>();

    Registration register(Runnable refresh) {
        dashboards.add(refresh);
        return () -> dashboards.remove(refresh);
    }

    int open() {
        return dashboards.size();
    }

    @EventListener
    void onClientsChanged(ClientsChanged event) {
        refreshAll();
    }

    @EventListener
    void onPayment(PaymentRecorded event) {
        refreshAll();
    }

    @EventListener
    void onPaymentUndone(PaymentUndone event) {
        refreshAll();
    }

    @TransactionalEventListener(fallbackExecution = true)
    void onMessage(MessageStatusChanged event) {
        refreshAll();
    }

    void refreshAll() {
        dashboards.forEach(Runnable::run);
    }
}
