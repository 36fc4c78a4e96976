package com.botclientemanager.security;

import com.botclientemanager.validation.UserFacingException;

/** A refused password change; {@link #messageKey()} is an i18n key the UI shows to the user. */
public class PasswordChangeException extends UserFacingException {

    public PasswordChangeException(String messageKey) {
        super(messageKey, messageKey, null);
    }
}
