package com.botclientemanager.whatsapp;

/** A received file that could not be downloaded; {@code retryable} when a later try may work (network, 5xx). */
public class MediaDownloadException extends RuntimeException {

    private final boolean retryable;

    public MediaDownloadException(String message, boolean retryable) {
        super(message);
        this.retryable = retryable;
    }

    public MediaDownloadException(String message, Throwable cause) {
        super(message, cause);
        this.retryable = true;
    }

    public boolean retryable() {
        return retryable;
    }
}
