package com.botclientemanager.replies;

import static org.assertj.core.api.Assertions.assertThat;

import com.botclientemanager.whatsapp.Provider;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The Cloud API's 24-hour window for free text, on a fixed clock. */
class ReplyWindowTest {

    private final Clock clock = Clock.fixed(Instant.parse("2026-11-30T12:00:00Z"), ZoneOffset.UTC);

    @Test
    void cloudTakesFreeTextOnlyWithin24HoursOfTheClientsLastMessage() {
        Instant now = clock.instant();
        assertThat(ReplyWindow.freeTextAllowed(Provider.CLOUD, Optional.of(now.minus(Duration.ofHours(23))), now))
                .isTrue();
        assertThat(ReplyWindow.freeTextAllowed(Provider.CLOUD,
                Optional.of(now.minus(Duration.ofHours(24)).plusSeconds(1)), now)).isTrue();
        assertThat(ReplyWindow.freeTextAllowed(Provider.CLOUD, Optional.of(now.minus(Duration.ofHours(24))), now))
                .isFalse();
        assertThat(ReplyWindow.freeTextAllowed(Provider.CLOUD, Optional.empty(), now)).isFalse();
    }

    @Test
    void evolutionAndTestModeTakeFreeTextAtAnyTime() {
        Instant now = clock.instant();
        assertThat(ReplyWindow.freeTextAllowed(Provider.EVOLUTION, Optional.of(now.minus(Duration.ofDays(30))), now))
                .isTrue();
        assertThat(ReplyWindow.freeTextAllowed(Provider.EVOLUTION, Optional.empty(), now)).isTrue();
        assertThat(ReplyWindow.freeTextAllowed(Provider.OUTBOX, Optional.empty(), now)).isTrue();
    }
}
