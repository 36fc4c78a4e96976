package com.botclientemanager.whatsapp;

import java.time.Duration;
import java.util.Optional;

/**
 * The provider could not take the message now (5xx, timeout, rate limit): the attempt is logged and the caller's job
 * should retry, not before {@link #retryAfter()} when the provider said so.
 */
public class TransientSendException extends RuntimeException {

    private final String messageKey;
    private final transient Duration retryAfter;

    public TransientSendException(String messageKey, Duration retryAfter) {
        super(messageKey);
        this.messageKey = messageKey;
        this.retryAfter = retryAfter;
    }

    /** The i18n key of the reason. */
    public String messageKey() {
        return messageKey;
    }

    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }
}
