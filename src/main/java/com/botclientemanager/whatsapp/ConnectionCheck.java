package com.botclientemanager.whatsapp;

import java.util.List;

/**
 * The answer of "Testar conexão" or of a set-up step: whether it worked, and an i18n key with its arguments saying
 * precisely what is wrong (or what was found).
 */
public record ConnectionCheck(boolean ok, String messageKey, List<String> arguments) {

    public static ConnectionCheck ok(String messageKey, String... arguments) {
        return new ConnectionCheck(true, messageKey, List.of(arguments));
    }

    public static ConnectionCheck problem(String messageKey, String... arguments) {
        return new ConnectionCheck(false, messageKey, List.of(arguments));
    }
}
