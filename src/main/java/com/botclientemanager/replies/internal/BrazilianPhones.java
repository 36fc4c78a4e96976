package com.botclientemanager.replies.internal;

import java.util.Set;

/**
 * The forms a Brazilian mobile number arrives in: with the ninth digit ({@code 55 11 9 8765-4321}) and without it
 * ({@code 55 11 8765-4321}), as WhatsApp's own ids and some gateways still write older accounts. Other numbers have one form.
 */
public final class BrazilianPhones {

    private BrazilianPhones() {
    }

    public static Set<String> variants(String digits) {
        if (digits == null || !digits.startsWith("55")) {
            return digits == null ? Set.of() : Set.of(digits);
        }
        if (digits.length() == 13 && digits.charAt(4) == '9') {
            return Set.of(digits, digits.substring(0, 4) + digits.substring(5));
        }
        if (digits.length() == 12 && digits.charAt(4) >= '6') {
            return Set.of(digits, digits.substring(0, 4) + '9' + digits.substring(4));
        }
        return Set.of(digits);
    }
}
