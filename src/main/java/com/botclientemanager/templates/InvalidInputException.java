package com.botclientemanager.templates;

import java.util.List;

/**
 * A template or the PIX settings were refused at save. {@link #messageKey()} is the i18n key of the message shown under
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

    /** The input at fault: name, kind, offsetDays, body, cloud (templates); key, name, city (PIX). */
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
