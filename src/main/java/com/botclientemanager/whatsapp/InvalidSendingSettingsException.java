package com.botclientemanager.whatsapp;

import java.util.List;

/**
 * The sending settings were refused at save; nothing was stored. {@link #messageKey()} is the i18n key of the message
 * shown under {@link #field()}, {@link #arguments()} fill its {0}, {1}.
 */
public class InvalidSendingSettingsException extends RuntimeException {

    private final String field;
    private final String messageKey;
    private final List<Object> arguments;

    public InvalidSendingSettingsException(String field, String messageKey, Object... arguments) {
        super(field + ": " + messageKey);
        this.field = field;
        this.messageKey = messageKey;
        this.arguments = List.of(arguments);
    }

    /** The input at fault: windowStart, windowEnd, days, ratePerMinute or dailyCap. */
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
