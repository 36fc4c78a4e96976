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
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * On every page: the "test mode" banner while the outbox is on, and a live notification for each message sent,
 * delivered, read or failed, pushed to this UI while it is attached; during a burst, one notification per outcome with
 * the count.
 */
@org.springframework.stereotype.Component
class LiveBanner implements ShellBanner {

    private static final Set<String> NOT_REMINDERS = Set.of("test", "manual");
    private static final int ONE_BY_ONE = 2;

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
        private final Map<MessageStatus, Burst> bursts = new EnumMap<>(MessageStatus.class);

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

        /** A toast per message; a burst (more than {@value #ONE_BY_ONE} in a batch) becomes one toast per outcome. */
        private void show(List<Object> events) {
            List<MessageStatusChanged> changes = events.stream().filter(MessageStatusChanged.class::isInstance)
                    .map(MessageStatusChanged.class::cast).filter(change -> change.status() != MessageStatus.QUEUED
                            && change.status() != MessageStatus.SENDING).toList();
            if (changes.size() <= ONE_BY_ONE) {
                changes.forEach(this::showOne);
                return;
            }
            Map<MessageStatus, Long> counts = changes.stream()
                    .collect(Collectors.groupingBy(MessageStatusChanged::status, () -> new EnumMap<>(MessageStatus.class),
                            Collectors.counting()));
            counts.forEach((status, count) -> {
                String key = switch (status) {
                    case SENT -> "whatsapp.live.sent-many";
                    case SIMULATED -> "whatsapp.live.simulated-many";
                    case DELIVERED -> "whatsapp.live.delivered-many";
                    case READ -> "whatsapp.live.read-many";
                    case FAILED -> "whatsapp.live.failed-many";
                    case MISSED -> "whatsapp.live.missed-many";
                    default -> null;
                };
                if (key != null) {
                    showCount(key, status, count);
                }
            });
        }

        /** While a burst goes on, its toast counts up instead of a new toast stacking every second. */
        private void showCount(String key, MessageStatus status, long count) {
            Burst burst = bursts.get(status);
            if (burst != null && burst.toast().isOpened()) {
                long total = burst.count() + count;
                burst.toast().setText(getTranslation(key, total));
                bursts.put(status, new Burst(burst.toast(), total));
            } else {
                bursts.put(status, new Burst(toast(getTranslation(key, count), status), count));
            }
        }

        private void showOne(MessageStatusChanged change) {
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
                toast(text, change.status());
            }
        }

        private static Notification toast(String text, MessageStatus status) {
            Notification notification = Notification.show(text, 5000, Notification.Position.BOTTOM_END);
            notification.addClassNames("whatsapp-live-notification");
            if (status == MessageStatus.FAILED) {
                notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
            } else if (status != MessageStatus.SIMULATED) {
                notification.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            }
            return notification;
        }
    }

    private record Burst(Notification toast, long count) {
    }
}
