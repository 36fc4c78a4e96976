package com.botclientemanager.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.shared.Registration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The one way an open page follows what happens elsewhere. Application services publish Spring events
 * ({@code ClientsChanged}, {@code MessageStatusChanged}, ...) and hold no UI listeners; a page subscribes here to the
 * event types it shows. Each subscription belongs to one UI and runs only inside that UI's {@code access}, so no
 * session sees another's components; subscriptions end on detach and dead UIs are dropped. Events reach a UI in
 * batches ({@link LiveBatch}): the first at once, then at most one batch a second.
 *
 * <p>The shell depends on no module, so it listens to every event and passes on only the types a page asked for.
 * Events published inside a transaction arrive after it committed, so a page never reads what was rolled back.
 */
@Component
public class LiveUpdates {

    private final Set<Subscription> subscriptions = ConcurrentHashMap.newKeySet();

    /**
     * Calls {@code listener} inside {@code ui.access} with each batch of events of the given types (subtypes
     * included), in the order they were published, until the registration is removed.
     */
    public Registration subscribe(UI ui, Consumer<List<Object>> listener, Class<?>... types) {
        Subscription subscription = new Subscription(ui, Set.of(types), listener);
        subscriptions.add(subscription);
        return () -> subscriptions.remove(subscription);
    }

    /**
     * Follows events while {@code component} is attached: subscribed on each attach (coming back to a page included),
     * removed on detach, so a page, banner or badge never keeps a closed browser tab's listener.
     */
    public void whileAttached(com.vaadin.flow.component.Component component, Consumer<List<Object>> listener,
            Class<?>... types) {
        AtomicReference<Registration> current = new AtomicReference<>();
        component.addAttachListener(event -> current.set(subscribe(event.getUI(), listener, types)));
        component.addDetachListener(event -> {
            Registration registration = current.getAndSet(null);
            if (registration != null) {
                registration.remove();
            }
        });
    }

    int subscriberCount() {
        return subscriptions.size();
    }

    @TransactionalEventListener(fallbackExecution = true)
    void onEvent(Object event) {
        for (Subscription subscription : subscriptions) {
            if (!subscription.wants(event)) {
                continue;
            }
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
        private final Set<Class<?>> types;
        private final LiveBatch<Object> batch;

        Subscription(UI ui, Set<Class<?>> types, Consumer<List<Object>> listener) {
            this.ui = ui;
            this.types = types;
            this.batch = new LiveBatch<>(ui, LiveBatch.WINDOW, listener);
        }

        boolean wants(Object event) {
            for (Class<?> type : types) {
                if (type.isInstance(event)) {
                    return true;
                }
            }
            return false;
        }

        LiveBatch<Object> batch() {
            return batch;
        }

        UI ui() {
            return ui;
        }
    }
}
