package com.botclientemanager.whatsapp;

import com.botclientemanager.validation.UserFacingException;
import java.time.Duration;
import java.util.Optional;

/**
 * The provider could not take the message now (5xx, timeout, rate limit): the attempt is logged and the caller's job
 * should retry, not before {@link #retryAfter()} when the provider said so.
 */
public class TransientSendException extends UserFacingException {

    private final transient Duration retryAfter;

    public TransientSendException(String messageKey, Duration retryAfter) {
        super(messageKey, messageKey, null);
        this.retryAfter = retryAfter;
    }

    /** Another attempt is sending the same reminder right now: its outcome decides; look again in a minute. */
    static TransientSendException inProgress() {
        return new TransientSendException("whatsapp.reason.in-progress", Duration.ofMinutes(1));
    }

    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }
}
