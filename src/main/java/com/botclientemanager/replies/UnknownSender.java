package com.botclientemanager.replies;

import java.time.Instant;

/**
 * A sender no client is known for ("Números desconhecidos"), by whichever ids the provider gave (any may be null).
 *
 * @param name the name the sender's WhatsApp shows, may be null
 */
public record UnknownSender(String phone, String lid, String userId, String name, int messages, Instant lastAt,
        String preview) {
}
