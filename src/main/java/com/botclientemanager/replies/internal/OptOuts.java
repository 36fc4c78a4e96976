package com.botclientemanager.replies.internal;

import com.botclientemanager.clients.Client;
import com.botclientemanager.clients.ClientService;
import com.botclientemanager.replies.ReplySettingsService;
import com.botclientemanager.whatsapp.InboundMessage;
import com.botclientemanager.whatsapp.MessagingService;
import com.botclientemanager.whatsapp.SendRequest;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.stereotype.Component;

/**
 * A client asked to stop (or to resume): their reminders are switched off (on) at once, the opt-out is marked so the
 * reseller sees why, and the confirmation goes out once, on its own thread so the webhook answers without waiting for
 * the provider.
 */
@Component
public class OptOuts {

    public static final String KIND_OPT_OUT = "opt_out";
    public static final String KIND_RESUME = "opt_in";
    private static final Logger log = LoggerFactory.getLogger(OptOuts.class);

    private final ClientService clients;
    private final ReplyRepository repository;
    private final MessagingService messaging;
    private final ReplySettingsService settings;
    private final SimpleAsyncTaskExecutor confirmations = new SimpleAsyncTaskExecutor("reply-confirmation-");

    OptOuts(ClientService clients, ReplyRepository repository, MessagingService messaging,
            ReplySettingsService settings) {
        this.clients = clients;
        this.repository = repository;
        this.messaging = messaging;
        this.settings = settings;
        confirmations.setVirtualThreads(true);
    }

    public void optOut(List<Client> senders, String keyword, InboundMessage message) {
        clients.setReminders(senders.stream().map(Client::id).toList(), false);
        List<Client> newlyOut = senders.stream()
                .filter(c -> repository.optOut(c.id(), keyword, message.receivedAt())).toList();
        log.info("Client(s) {} asked to stop reminders ({}); reminders switched off",
                senders.stream().map(Client::id).toList(), keyword);
        confirm(newlyOut, settings.current().optOutConfirmation(), KIND_OPT_OUT, message);
    }

    public void resume(List<Client> senders, InboundMessage message) {
        List<Client> wereOut = senders.stream().filter(c -> repository.resume(c.id())).toList();
        if (wereOut.isEmpty()) {
            return;
        }
        clients.setReminders(wereOut.stream().map(Client::id).toList(), true);
        log.info("Client(s) {} asked to resume reminders; reminders switched on", wereOut.stream().map(Client::id).toList());
        confirm(wereOut, settings.current().resumeConfirmation(), KIND_RESUME, message);
    }

    public boolean optedOut(String clientId) {
        return repository.optedOutAt(clientId).isPresent();
    }

    /** One confirmation per number (clients sharing it get one), keyed by the client's message: a retry sends none. */
    private void confirm(List<Client> to, String text, String kind, InboundMessage message) {
        Set<String> phones = new HashSet<>();
        for (Client client : to) {
            if (client.phone() == null || !phones.add(client.phone())) {
                continue;
            }
            SendRequest request = SendRequest.text(client.id(), client.name(), client.phone(), kind, text,
                    kind + ":" + message.provider().name() + ":" + message.providerMessageId());
            confirmations.execute(() -> send(request));
        }
    }

    private void send(SendRequest request) {
        try {
            messaging.send(request);
        } catch (RuntimeException e) {
            log.warn("Reply confirmation to client {} not sent: {}", request.clientId(), e.toString());
        }
    }

}
