package com.botclientemanager.whatsapp;

/**
 * The answer to "connect": already connected, or the QR code text to draw (it rotates; ask again to refresh) and the
 * optional numeric pairing code. {@code errorKey} is an i18n key when the provider could not be reached.
 */
public record Pairing(boolean connected, String qrCode, String pairingCode, String errorKey) {

    public static Pairing alreadyConnected() {
        return new Pairing(true, null, null, null);
    }

    public static Pairing failed(String errorKey) {
        return new Pairing(false, null, null, errorKey);
    }
}
