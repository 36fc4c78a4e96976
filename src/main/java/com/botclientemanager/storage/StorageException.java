package com.botclientemanager.storage;

import com.botclientemanager.validation.UserFacingException;

/**
 * A document could not be read or stored; {@link #messageKey()} is the i18n key of the message the user sees. The
 * detail is for the log (it may name a file or the GitHub API address).
 */
public class StorageException extends UserFacingException {

    public StorageException(String messageKey, String detail, Throwable cause) {
        super(messageKey, detail, cause);
    }

    public StorageException(String messageKey, String detail) {
        this(messageKey, detail, null);
    }
}
