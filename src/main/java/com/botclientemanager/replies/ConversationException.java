package com.botclientemanager.replies;

import com.botclientemanager.validation.UserFacingException;

/** A reply or a link the Conversas screen cannot make, told in the user's language. */
public class ConversationException extends UserFacingException {

    public ConversationException(String messageKey, Object... arguments) {
        super(messageKey, messageKey, null, arguments);
    }
}
