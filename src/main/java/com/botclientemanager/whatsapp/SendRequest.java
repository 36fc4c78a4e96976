package com.botclientemanager.whatsapp;

import java.util.Objects;

/**
 * One message to send: who it is for, what kind it is ({@code before_due}, {@code test}, {@code manual}, ...), the final
 * text, the optional Cloud API template to use instead of free text, and the reminder's idempotency key (nullable).
 */
public record SendRequest(String clientId, String clientName, String phone, String kind, String text,
        CloudTemplate cloudTemplate, String reminderKey) {

    public SendRequest {
        Objects.requireNonNull(phone, "phone");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
    }

    /** A free-text message without a Cloud template. */
    public static SendRequest text(String clientId, String clientName, String phone, String kind, String text,
            String reminderKey) {
        return new SendRequest(clientId, clientName, phone, kind, text, null, reminderKey);
    }
}
