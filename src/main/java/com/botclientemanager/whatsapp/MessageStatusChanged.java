package com.botclientemanager.whatsapp;

/** A logged message changed status (published after the change is committed). {@code reason} is an i18n key or null. */
public record MessageStatusChanged(long messageId, String clientId, String clientName, String kind, MessageStatus status,
        String reason) {

    static MessageStatusChanged of(long messageId, SendRequest request, MessageStatus status, String reason) {
        return new MessageStatusChanged(messageId, request.clientId(), request.clientName(), request.kind(), status,
                reason);
    }
}
