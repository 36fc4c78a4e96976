package com.botclientemanager.clients;

import java.util.Locale;

/** How a client paid; stored in lower case ({@code pix}, {@code cash}, {@code card}, {@code transfer}, {@code other}). */
public enum PaymentMethod {
    PIX, CASH, CARD, TRANSFER, OTHER;

    public String json() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static PaymentMethod fromJson(String text) {
        if (text != null) {
            for (PaymentMethod method : values()) {
                if (method.json().equalsIgnoreCase(text.strip())) {
                    return method;
                }
            }
        }
        return OTHER;
    }

    public String messageKey() {
        return "clients.payment.method." + json();
    }
}
