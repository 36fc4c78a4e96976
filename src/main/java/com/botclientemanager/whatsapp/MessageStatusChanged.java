package com.botclientemanager.whatsapp;

/** A logged message changed status (published after the change is committed). {@code reason} is an i18n key or null. */
public record MessageStatusChanged(long messageId, String clientId, String clientName, String kind, MessageStatus status,
        String reason) {
}
