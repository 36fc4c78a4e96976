package com.botclientemanager.whatsapp.ui;

import com.botclientemanager.whatsapp.ConnectionChanged;
import com.botclientemanager.whatsapp.MessageStatusChanged;
import com.botclientemanager.ui.LiveBatch;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.shared.Registration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Pushes message and connection events to the open UIs. Each subscription belongs to one UI and runs only inside that
 * UI's {@code access}, so no session sees another's components; subscriptions end on detach and dead UIs are dropped.
 * Events reach a UI in batches ({@link LiveBatch}): the first at once, then at most one batch a second.
 */
@Component
public class LiveUpdates {

    private final Set<Subscription> subscriptions = ConcurrentHashMap.newKeySet();

    /** Calls {@code listener} inside {@code ui.access} with each batch of events, until the registration is removed. */
    public Registration subscribe(UI ui, Consumer<List<Object>> listener) {
        Subscription subscription = new Subscription(ui, listener);
        subscriptions.add(subscription);
        return () -> subscriptions.remove(subscription);
    }

    int subscriberCount() {
        return subscriptions.size();
    }

    @TransactionalEventListener(fallbackExecution = true)
    void onMessageStatus(MessageStatusChanged event) {
        broadcast(event);
    }

    @TransactionalEventListener(fallbackExecution = true)
    void onConnection(ConnectionChanged event) {
        broadcast(event);
    }

    private void broadcast(Object event) {
        for (Subscription subscription : subscriptions) {
            UI ui = subscription.ui();
            if (ui.isClosing() || ui.getSession() == null) {
                subscriptions.remove(subscription);
                continue;
            }
            subscription.batch().add(event);
        }
    }

    /** Identity-based on purpose: two subscriptions of one UI are distinct. */
    private static final class Subscription {
        private final UI ui;
        private final LiveBatch<Object> batch;

        Subscription(UI ui, Consumer<List<Object>> listener) {
            this.ui = ui;
            this.batch = new LiveBatch<>(ui, LiveBatch.WINDOW, listener);
        }

        LiveBatch<Object> batch() {
            return batch;
        }

        UI ui() {
            return ui;
        }
    }
}
