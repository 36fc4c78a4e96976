package com.botclientemanager.whatsapp;

import java.time.Instant;

/** One row of the message log. {@code reason} is an i18n key (optionally followed by " | " and a provider detail). */
public record LoggedMessage(long id, String reminderKey, String clientId, String clientName, String phone, String kind,
        String text, Provider provider, String providerMessageId, MessageStatus status, String reason, int attempts,
        Instant createdAt, Instant updatedAt) {
}
