package com.botclientemanager.whatsapp;

/** The provider's link state; {@code detail} is e.g. the connected number or an i18n key of the problem (nullable). */
public record ConnectionStatus(ConnectionState state, String detail) {

    public enum ConnectionState {
        /** Ready to send. */
        CONNECTED,
        /** Waiting for the QR code to be scanned. */
        WAITING_FOR_QR,
        /** Not linked to a WhatsApp number. */
        DISCONNECTED,
        /** Outbox: nothing is really sent. */
        TEST_MODE,
        /** Unreachable provider or rejected credentials; {@code detail} holds the i18n key. */
        ERROR
    }

    public static ConnectionStatus of(ConnectionState state) {
        return new ConnectionStatus(state, null);
    }
}
