package com.botclientemanager.whatsapp;

/** What {@link MessagingService#send} did. A transient failure is not an outcome: it throws {@link TransientSendException}. */
public enum SendOutcome {
    /** The provider accepted the message. */
    SENT,
    /** Test mode: recorded, nothing sent. */
    SIMULATED,
    /** A message with the same reminder key already went out; the gateway was not called. */
    ALREADY_SENT,
    /** A permanent failure (not on WhatsApp, undeliverable, invalid credentials...): do not retry. */
    FAILED
}
