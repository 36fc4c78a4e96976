package com.botclientemanager.plans;

import com.botclientemanager.validation.UserFacingException;

/** A plan that cannot be saved; {@link #messageKey()} is the i18n key of what the user sees. */
public class PlanException extends UserFacingException {

    public PlanException(String messageKey, Object... arguments) {
        super(messageKey, messageKey, null, arguments);
    }
}
