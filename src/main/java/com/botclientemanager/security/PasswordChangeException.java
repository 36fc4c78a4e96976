package com.botclientemanager.security;

/** A refused password change; {@link #messageKey()} is an i18n key the UI shows to the user. */
public class PasswordChangeException extends RuntimeException {

    private final String messageKey;

    public PasswordChangeException(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
