package com.botclientemanager.push.internal;

import com.botclientemanager.clients.Client;
import com.botclientemanager.clients.ClientDirectory;
import com.botclientemanager.reminders.JobServerStatusChanged;
import com.botclientemanager.validation.Phones;
import com.botclientemanager.whatsapp.ConnectionChanged;
import com.botclientemanager.whatsapp.ConnectionStatus.ConnectionState;
import com.botclientemanager.whatsapp.InboundMessage;
import com.botclientemanager.whatsapp.MessageKind;
import com.botclientemanager.whatsapp.MessageStatus;
import com.botclientemanager.whatsapp.MessageStatusChanged;
import java.util.Optional;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Turns other modules' events into notices. At merge, {@code receipts.ReceiptAwaiting} and
 * {@code charges.ChargeApproved} get a listener here that sends {@link PushNotices}' payment notices
 * ({@code PushEvent.PAYMENT_TO_CONFIRM} opening {@code receipts}, {@code PushEvent.PAYMENT_CONFIRMED}).
 */
@Component
class PushEventListeners {

    private final PushDispatcher dispatcher;
    private final FailureBatcher failures;
    private final ClientDirectory clients;

    PushEventListeners(PushDispatcher dispatcher, FailureBatcher failures, ClientDirectory clients) {
        this.dispatcher = dispatcher;
        this.failures = failures;
        this.clients = clients;
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
    void jobServerChanged(JobServerStatusChanged change) {
        if (change.outage() != null && change.outage().ongoing()) {
            dispatcher.submit(PushNotices.jobServerStopped());
        }
    }

    @EventListener
    void received(InboundMessage message) {
        if (message.fromMe() || message.phone() == null) {
            return;
        }
        String digits = Phones.digits(message.phone());
        Optional<Client> from = clients.all().stream()
                .filter(c -> c.phone() != null && Phones.digits(c.phone()).equals(digits)).findFirst();
        from.ifPresent(client -> dispatcher.submit(PushNotices.clientReplied(firstName(client.name()), client.id())));
    }

    private static String firstName(String name) {
        String trimmed = name == null ? "" : name.strip();
        int space = trimmed.indexOf(' ');
        return space < 0 ? trimmed : trimmed.substring(0, space);
    }
}
