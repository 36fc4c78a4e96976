package com.botclientemanager.dashboard.ui;

import com.botclientemanager.clients.ClientsChanged;
import com.botclientemanager.clients.PaymentRecorded;
import com.botclientemanager.clients.PaymentUndone;
import com.botclientemanager.whatsapp.ConnectionChanged;
import com.botclientemanager.whatsapp.MessageStatus;
import com.botclientemanager.whatsapp.MessageStatusChanged;
import com.vaadin.flow.shared.Registration;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArraySet;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The open dashboards, told to refresh when clients, payments or messages change, and to check WhatsApp again when its
 * link changed (or a message failed, maybe because of it). A dashboard registers on attach and unregisters on detach,
 * so closed tabs are never held.
 */
@Component
class LiveDashboards {

    /** What an open dashboard does on a change; both are called on the publishing thread. */
    interface Listener {
        void figuresChanged();

        void connectionChanged();
    }

    private final Set<Listener> dashboards = new CopyOnWriteArraySet<>();

    Registration register(Listener listener) {
        dashboards.add(listener);
        return () -> dashboards.remove(listener);
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
        if (event.status() == MessageStatus.FAILED) {
            dashboards.forEach(Listener::connectionChanged);
        }
    }

    @TransactionalEventListener(fallbackExecution = true)
    void onConnection(ConnectionChanged event) {
        dashboards.forEach(Listener::connectionChanged);
    }

    void refreshAll() {
        dashboards.forEach(Listener::figuresChanged);
    }
}
