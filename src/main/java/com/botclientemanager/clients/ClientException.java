package com.botclientemanager.clients;

/** A client action that cannot be done; {@link #messageKey()} is the i18n key of what the user sees. */
public class ClientException extends RuntimeException {

    private final String messageKey;
    private final transient Object[] arguments;

    public ClientException(String messageKey, Object... arguments) {
        super(messageKey);
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
