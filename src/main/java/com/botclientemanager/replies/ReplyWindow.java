package com.botclientemanager.replies;

import com.botclientemanager.whatsapp.Provider;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * WhatsApp's customer-service window: the Cloud API takes free text only within 24 hours of the client's last
 * message, and an approved template otherwise. Evolution (a linked phone) and test mode take free text at any time.
 */
public final class ReplyWindow {

    public static final Duration CLOUD_WINDOW = Duration.ofHours(24);

    private ReplyWindow() {
    }

    public static boolean freeTextAllowed(Provider provider, Optional<Instant> lastFromClient, Instant now) {
        if (provider != Provider.CLOUD) {
            return true;
        }
        return lastFromClient.filter(last -> now.isBefore(last.plus(CLOUD_WINDOW))).isPresent();
    }
}
