package com.botclientemanager.whatsapp;

/** Which WhatsApp provider sends the messages ({@code app.whatsapp.provider}). */
public enum Provider {
    /** Test mode: nothing is sent, each message is logged as simulated. */
    OUTBOX,
    /** A self-hosted Evolution API v2 linked to the user's number by QR code. */
    EVOLUTION,
    /** Meta's WhatsApp Cloud API. */
    CLOUD
}
