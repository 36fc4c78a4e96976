package com.botclientemanager.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.botclientemanager.whatsapp.MessageStatus;
import com.botclientemanager.whatsapp.MessageStatusChanged;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.shared.Registration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The broadcaster holds no UI after it is unsubscribed or gone, so closed tabs and sessions are not kept alive. */
class LiveUpdatesTest {

    private final LiveUpdates liveUpdates = new LiveUpdates();

    @Test
    void unsubscribingReleasesTheUi() {
        Registration registration = liveUpdates.subscribe(new UI(), event -> { }, MessageStatusChanged.class);
        assertThat(liveUpdates.subscriberCount()).isEqualTo(1);

        registration.remove();

        assertThat(liveUpdates.subscriberCount()).isZero();
    }

    @Test
    void aComponentFollowsEventsOnlyWhileItIsOnThePageAgainAfterComingBack() {
        UI ui = new UI();
        Span banner = new Span();
        liveUpdates.whileAttached(banner, events -> { }, MessageStatusChanged.class);
        assertThat(liveUpdates.subscriberCount()).as("not on a page yet").isZero();

        ui.add(banner);
        assertThat(liveUpdates.subscriberCount()).isEqualTo(1);
        ui.remove(banner);
        assertThat(liveUpdates.subscriberCount()).as("a page left keeps no listener").isZero();
        ui.add(banner);
        assertThat(liveUpdates.subscriberCount()).isEqualTo(1);
    }

    @Test
    void aUiWithoutSessionIsDroppedOnTheNextEventAndGetsNothing() {
        List<Object> received = new ArrayList<>();
        liveUpdates.subscribe(new UI(), received::add, MessageStatusChanged.class);

        liveUpdates.onEvent(new MessageStatusChanged(1, "c1", "Maria Santos", "before_due", MessageStatus.SENT, null));

        assertThat(received).isEmpty();
        assertThat(liveUpdates.subscriberCount()).isZero();
    }
}
