package com.botclientemanager.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.botclientemanager.whatsapp.MessageStatus;
import com.botclientemanager.whatsapp.MessageStatusChanged;
import com.vaadin.flow.component.UI;
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
    void aUiWithoutSessionIsDroppedOnTheNextEventAndGetsNothing() {
        List<Object> received = new ArrayList<>();
        liveUpdates.subscribe(new UI(), received::add, MessageStatusChanged.class);

        liveUpdates.onEvent(new MessageStatusChanged(1, "c1", "Maria Santos", "before_due", MessageStatus.SENT, null));

        assertThat(received).isEmpty();
        assertThat(liveUpdates.subscriberCount()).isZero();
    }
}
