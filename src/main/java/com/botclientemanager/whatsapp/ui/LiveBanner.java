package com.botclientemanager.whatsapp.ui;

import com.botclientemanager.ui.LiveUpdates;
import com.botclientemanager.ui.Notices;
import com.botclientemanager.ui.ShellBanner;
import com.botclientemanager.whatsapp.MessageStatus;
import com.botclientemanager.whatsapp.MessageStatusChanged;
import com.botclientemanager.whatsapp.MessagingService;
import com.botclientemanager.whatsapp.Provider;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * On every page: the "test mode" banner while the outbox is on, and the message bell. Automatic sends (reminders,
 * confirmations, messages queued to many clients) never toast one by one: a batch sends one every few seconds for
 * minutes, and the toasts covered dialog buttons and a phone's bottom bar. The bell in the top bar counts what went
 * out (and what failed) since the log was last opened and opens the log. Only the user's own test message still gets a
 * toast, since they are waiting for it.
 */
@org.springframework.stereotype.Component
class LiveBanner implements ShellBanner {

    /** Sent by the user from "Enviar teste" and waited for on screen. */
    private static final String TEST = "test";
    /** The final outcomes of a send; delivered and read are later news of the same message, not counted again. */
    private static final Set<MessageStatus> OUTCOMES = EnumSet.of(MessageStatus.SENT, MessageStatus.SIMULATED,
            MessageStatus.FAILED, MessageStatus.MISSED);

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

        private final MessageBell bell = new MessageBell();

        Banner() {
            addClassNames("whatsapp-live-banner");
            setId("whatsapp-banner");
            if (messaging.provider() == Provider.OUTBOX) {
                // a phone's top bar has room for the short words only; the full sentence stays for screen readers
                Span full = new Span(getTranslation("whatsapp.banner.test-mode"));
                full.addClassNames("test-mode-full");
                Span brief = new Span(getTranslation("whatsapp.banner.test-mode-short"));
                brief.addClassNames("test-mode-short");
                brief.getElement().setAttribute("aria-hidden", "true");
                Span testMode = new Span(full, brief);
                testMode.getElement().setAttribute("title", getTranslation("whatsapp.banner.test-mode"));
                testMode.addClassNames("test-mode-banner");
                testMode.getElement().getThemeList().add("badge contrast");
                add(testMode);
            }
            add(bell);
            liveUpdates.whileAttached(this, this::show, MessageStatusChanged.class);
        }

        private void show(List<Object> events) {
            List<MessageStatusChanged> changes = events.stream().filter(MessageStatusChanged.class::isInstance)
                    .map(MessageStatusChanged.class::cast).toList();
            // the user's own test message is followed to the end (did it arrive?); the rest only counts its outcome
            changes.stream().filter(change -> TEST.equals(change.kind())).forEach(this::toastTest);
            List<MessageStatusChanged> automatic = changes.stream()
                    .filter(change -> !TEST.equals(change.kind()) && OUTCOMES.contains(change.status())).toList();
            long failed = automatic.stream().filter(change -> change.status() == MessageStatus.FAILED
                    || change.status() == MessageStatus.MISSED).count();
            bell.count(automatic.size(), failed);
        }

        private void toastTest(MessageStatusChanged change) {
            String name = change.clientName() == null ? "" : change.clientName();
            switch (change.status()) {
                case SENT -> Notices.success(getTranslation("whatsapp.live.sent-message", name));
                case SIMULATED -> Notices.info(getTranslation("whatsapp.live.simulated", name));
                case DELIVERED -> Notices.success(getTranslation("whatsapp.live.delivered", name));
                case READ -> Notices.success(getTranslation("whatsapp.live.read", name));
                case FAILED -> Notices.error(getTranslation("whatsapp.live.failed", name, Reasons.describe(this, change.reason())));
                default -> {
                }
            }
        }
    }
}
