package com.botclientemanager.replies;

import java.time.Instant;

/** A line of the Conversas list: the client, the latest received message, and how many are unread. */
public record ConversationSummary(String clientId, String clientName, String preview, String mediaType,
        Instant lastAt, int unread) {
}
