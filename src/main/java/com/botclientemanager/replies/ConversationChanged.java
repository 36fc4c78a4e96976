package com.botclientemanager.replies;

/**
 * A conversation changed: a message came in, a thread was read, or an unknown sender was linked. {@code clientId} is
 * null for an unknown sender's message. Open pages follow it through {@code ui.LiveUpdates}.
 */
public record ConversationChanged(String clientId) {
}
