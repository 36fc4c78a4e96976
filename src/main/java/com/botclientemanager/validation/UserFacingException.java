package com.botclientemanager.validation;

import java.util.List;

/**
 * A failure the person is told about in their language: {@link #messageKey()} is the i18n key of what they see and
 * {@link #arguments()} fill its {0}, {1}. The app-wide error handler shows it as an error toast, so a screen catches it
 * only to do something specific (mark a field, keep a dialog's state). The exception's own message is for the log and
 * never shown; it must not hold secrets either, but the handler logs only the key and the type.
 */
public class UserFacingException extends RuntimeException {

    private final String messageKey;
    private final transient List<Object> arguments;

    public UserFacingException(String messageKey, String detail, Throwable cause, Object... arguments) {
        super(detail, cause);
        this.messageKey = messageKey;
        this.arguments = List.of(arguments);
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.toArray();
    }
}
