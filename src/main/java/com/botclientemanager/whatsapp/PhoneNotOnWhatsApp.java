package com.botclientemanager.whatsapp;

/** The provider said this phone has no WhatsApp account; {@code clientId} may be null for a test message. */
public record PhoneNotOnWhatsApp(String clientId, String phone) {
}
