package com.botclientemanager.storage;

/** A document could not be read or stored; {@link #messageKey()} is the i18n key of the message the user sees. */
public class StorageException extends RuntimeException {

    private final String messageKey;

    public StorageException(String messageKey, String detail, Throwable cause) {
        super(detail, cause);
        this.messageKey = messageKey;
    }

    public StorageException(String messageKey, String detail) {
        this(messageKey, detail, null);
    }

    public String messageKey() {
        return messageKey;
    }
}
