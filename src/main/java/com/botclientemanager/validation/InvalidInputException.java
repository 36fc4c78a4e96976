package com.botclientemanager.validation;

/**
 * An input was refused at save (a template, the PIX or sending settings); nothing was stored. {@link #messageKey()} is the i18n key of the message shown under
 * {@link #field()}; {@link #arguments()} fill its {0}, {1} (e.g. the list of valid placeholders).
 */
public class InvalidInputException extends UserFacingException {

    private final String field;

    public InvalidInputException(String field, String messageKey, Object... arguments) {
        super(messageKey, field + ": " + messageKey, null, arguments);
        this.field = field;
    }

    /** The input at fault, named as the service names it (e.g. body, key, windowEnd). */
    public String field() {
        return field;
    }
}
