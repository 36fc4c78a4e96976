package com.botclientemanager.plans;

import com.botclientemanager.validation.InvalidInputException;

/**
 * A plan that cannot be saved; {@link #field()} names the plan's field at fault ({@code name}, {@code service},
 * {@code price}, {@code duration}, {@code screens}) and {@link #messageKey()} is the i18n key of what the user sees.
 */
public class PlanException extends InvalidInputException {

    public PlanException(String field, String messageKey, Object... arguments) {
        super(field, messageKey, arguments);
    }
}
