package com.botclientemanager.validation;

import java.util.List;

/**
 * An input was refused at save (a template, the PIX or sending settings); nothing was stored. {@link #messageKey()} is the i18n key of the message shown under
 * {@link #field()}; {@link #arguments()} fill its {0}, {1} (e.g. the list of valid placeholders).
 */
public class InvalidInputException extends RuntimeException {

    private final String field;
    private final String messageKey;
    private final List<Object> arguments;

    public InvalidInputException(String field, String messageKey, Object... arguments) {
        super(field + ": " + messageKey);
        this.field = field;
        this.messageKey = messageKey;
        this.arguments = List.of(arguments);
    }

    /** The input at fault, named as the service names it (e.g. body, key, windowEnd). */
    public String field() {
        return field;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.toArray();
    }
}
