package com.botclientemanager.clients;

import com.botclientemanager.validation.UserFacingException;

/** A client action that cannot be done; {@link #messageKey()} is the i18n key of what the user sees. */
public class ClientException extends UserFacingException {

    public ClientException(String messageKey, Object... arguments) {
        super(messageKey, messageKey, null, arguments);
    }
}
