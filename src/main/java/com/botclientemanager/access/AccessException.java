package com.botclientemanager.access;

import com.botclientemanager.validation.UserFacingException;

/** Access data that cannot be read or stored, told in the user's language (the message key says why). */
public class AccessException extends UserFacingException {

    public AccessException(String messageKey, String detail, Object... arguments) {
        super(messageKey, detail, null, arguments);
    }
}
