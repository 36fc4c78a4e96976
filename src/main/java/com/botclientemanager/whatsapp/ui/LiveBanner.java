package com.botclientemanager.whatsapp.ui;

import com.botclientemanager.ui.ShellBanner;
import com.botclientemanager.whatsapp.MessageStatus;
import com.botclientemanager.whatsapp.MessageStatusChanged;
import com.botclientemanager.whatsapp.MessagingService;
import com.botclientemanager.whatsapp.Provider;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.shared.Registration;
import java.util.Set;

/**
 * On every page: the "test mode" banner while the outbox is on, and a live notification for each message sent,
 * delivered, read or failed, pushed to this UI while it is attached.
 */
@org.springframework.stereotype.Component
class LiveBanner implements ShellBanner {

    private static final Set<String> NOT_REMINDERS = Set.of("test", "manual");

    private final LiveUpdates liveUpdates;
    private final MessagingService messaging;

    LiveBanner(LiveUpdates liveUpdates, MessagingService messaging) {
        this.liveUpdates = liveUpdates;
        this.messaging = messaging;
    }

    @Override
    public Component create() {
        return new Banner();
    }

    private final class Banner extends Div {

        private Registration subscription;

        Banner() {
            addClassNames("whatsapp-live-banner");
            setId("whatsapp-banner");
            if (messaging.provider() == Provider.OUTBOX) {
                Span testMode = new Span(getTranslation("whatsapp.banner.test-mode"));
                testMode.addClassNames("test-mode-banner");
                testMode.getElement().getThemeList().add("badge contrast");
                add(testMode);
            }
        }

        @Override
        protected void onAttach(AttachEvent event) {
            subscription = liveUpdates.subscribe(event.getUI(), this::show);
        }

        @Override
        protected void onDetach(DetachEvent event) {
            if (subscription != null) {
                subscription.remove();
                subscription = null;
            }
        }

        private void show(Object event) {
            if (!(event instanceof MessageStatusChanged change)) {
                return;
            }
            String name = change.clientName() == null ? "" : change.clientName();
            String text = switch (change.status()) {
                case SENT -> getTranslation(NOT_REMINDERS.contains(change.kind()) ? "whatsapp.live.sent-message"
                        : "whatsapp.live.sent-reminder", name);
                case SIMULATED -> getTranslation("whatsapp.live.simulated", name);
                case DELIVERED -> getTranslation("whatsapp.live.delivered", name);
                case READ -> getTranslation("whatsapp.live.read", name);
                case FAILED -> getTranslation("whatsapp.live.failed", name, Reasons.describe(this, change.reason()));
                case MISSED -> getTranslation("whatsapp.live.missed", name);
                default -> null;
            };
            if (text != null) {
                Notification notification = Notification.show(text, 5000, Notification.Position.BOTTOM_END);
                notification.addClassNames("whatsapp-live-notification");
                if (change.status() == MessageStatus.FAILED) {
                    notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
                } else if (change.status() != MessageStatus.SIMULATED) {
                    notification.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                }
            }
        }
    }
}
