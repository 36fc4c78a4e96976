package com.botclientemanager.storage.internal;

import com.botclientemanager.storage.StorageException;
import java.time.Duration;

/** A GitHub API call failed; {@link #retryAfter()} is how long GitHub asked to wait (rate limits), when it said so. */
class GitHubException extends StorageException {

    private final int status;
    private final Duration retryAfter;

    GitHubException(String messageKey, int status, String detail, Duration retryAfter) {
        super(messageKey, detail);
        this.status = status;
        this.retryAfter = retryAfter;
    }

    GitHubException(String messageKey, String detail, Throwable cause) {
        super(messageKey, detail, cause);
        this.status = 0;
        this.retryAfter = null;
    }

    int status() {
        return status;
    }

    Duration retryAfter() {
        return retryAfter;
    }

    /** Someone else changed the file since it was read (409), or the sha sent is not the file's (422). */
    boolean conflict() {
        return status == 409 || status == 422;
    }
}
