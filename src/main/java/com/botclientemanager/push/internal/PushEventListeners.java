package com.botclientemanager.push.internal;

import com.botclientemanager.charges.ChargeApproved;
import com.botclientemanager.clients.ClientDirectory;
import com.botclientemanager.receipts.ReceiptAwaiting;
import com.botclientemanager.reminders.JobServerStatusChanged;
import com.botclientemanager.replies.SenderLookup;
import com.botclientemanager.whatsapp.ConnectionChanged;
import com.botclientemanager.whatsapp.ConnectionStatus.ConnectionState;
import com.botclientemanager.whatsapp.CredentialsRejected;
import com.botclientemanager.whatsapp.InboundMessage;
import com.botclientemanager.whatsapp.MessageKind;
import com.botclientemanager.whatsapp.MessageStatus;
import com.botclientemanager.whatsapp.MessageStatusChanged;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Turns other modules' events into notices; a client is named by first name only. */
@Component
class PushEventListeners {

    private final PushDispatcher dispatcher;
    private final FailureBatcher failures;
    private final ClientDirectory clients;
    private final SenderLookup senders;

    PushEventListeners(PushDispatcher dispatcher, FailureBatcher failures, ClientDirectory clients,
            SenderLookup senders) {
        this.dispatcher = dispatcher;
        this.failures = failures;
        this.clients = clients;
        this.senders = senders;
    }

    @EventListener
    void messageChanged(MessageStatusChanged change) {
        if (change.status() == MessageStatus.FAILED && MessageKind.REMINDER.stored().contains(change.kind())) {
            failures.failed();
        }
    }

    @EventListener
    void connectionChanged(ConnectionChanged change) {
        if (change.state() == ConnectionState.DISCONNECTED) {
            dispatcher.submit(PushNotices.whatsappDisconnected());
        }
    }

    @EventListener
    void credentialsRejected(CredentialsRejected rejected) {
        dispatcher.submit(PushNotices.whatsappCredentialsRejected());
    }

    @EventListener
    void jobServerChanged(JobServerStatusChanged change) {
        if (change.outage() != null && change.outage().ongoing()) {
            dispatcher.submit(PushNotices.jobServerStopped());
        }
    }

    @EventListener
    void received(InboundMessage message) {
        if (message.fromMe()) {
            return;
        }
        // the same sender matching as the replies (ninth digit, learned lid or user id), not a scan of every client
        senders.clientsOf(message).stream().findFirst()
                .ifPresent(client -> dispatcher.submit(PushNotices.clientReplied(firstName(client.name()), client.id())));
    }

    @EventListener
    void paymentToConfirm(ReceiptAwaiting awaiting) {
        clients.find(awaiting.clientId())
                .ifPresent(client -> dispatcher.submit(PushNotices.paymentToConfirm(firstName(client.name()))));
    }

    @EventListener
    void paymentConfirmed(ChargeApproved approved) {
        clients.find(approved.clientId())
                .ifPresent(client -> dispatcher.submit(PushNotices.paymentConfirmed(firstName(client.name()))));
    }

    private static String firstName(String name) {
        String trimmed = name == null ? "" : name.strip();
        int space = trimmed.indexOf(' ');
        return space < 0 ? trimmed : trimmed.substring(0, space);
    }
}
