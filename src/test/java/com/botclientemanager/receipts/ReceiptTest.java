package com.botclientemanager.receipts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ReceiptTest {

    private static final Instant NOW = Instant.parse("2026-11-30T15:00:00Z");

    @Test
    void aFileStillBeingFetchedLongAfterItsRetriesIsShownAsMissingNotAsArrivingForever() {
        Receipt.Part fresh = part("FETCHING", NOW.minus(Duration.ofMinutes(10)));
        Receipt.Part stale = part("FETCHING", NOW.minus(Duration.ofHours(2)));
        Receipt.Part refused = part("FAILED", NOW.minus(Duration.ofMinutes(1)));
        Receipt.Part stored = part("STORED", NOW.minus(Duration.ofHours(5)));

        assertThat(fresh.arriving(NOW)).isTrue();
        assertThat(fresh.fileMissing(NOW)).isFalse();
        assertThat(stale.arriving(NOW)).isFalse();
        assertThat(stale.fileMissing(NOW)).isTrue();
        assertThat(refused.fileMissing(NOW)).isTrue();
        assertThat(stored.arriving(NOW)).isFalse();
        assertThat(stored.fileMissing(NOW)).isFalse();
    }

    private static Receipt.Part part(String fileState, Instant receivedAt) {
        return new Receipt.Part(1, "PAGUEI", fileState, "image/jpeg", 1000L, receivedAt);
    }
}
