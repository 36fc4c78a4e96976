package com.botclientemanager.whatsapp;

/** The port to one WhatsApp provider. Implementations never throw for a provider's answer: they return a result. */
public interface WhatsAppGateway {

    Provider provider();

    /** Sends free text to a phone (digits, country code first). */
    GatewayResult sendText(String phone, String text);

    /** Sends an approved template (Cloud API); providers without templates send {@code fallbackText} instead. */
    default GatewayResult sendTemplate(String phone, CloudTemplate template, String fallbackText) {
        return sendText(phone, fallbackText);
    }

    ConnectionStatus connectionStatus();

    /** Starts or continues pairing: the current QR code to scan, or "connected" when already paired. */
    Pairing pair();

    /** Unlinks the WhatsApp number (Evolution); a no-op where there is nothing to unlink. */
    void disconnect();
}
