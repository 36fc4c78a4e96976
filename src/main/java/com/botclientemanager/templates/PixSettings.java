package com.botclientemanager.templates;

/**
 * The receiver of PIX payments, stored under the "pix" key of settings.json.
 *
 * @param key  the PIX key (CPF, CNPJ, +55 phone, e-mail or random key)
 * @param name the receiver's name as the payer's bank shows it (cut to 25 characters, without accents, in the code)
 * @param city the receiver's city (cut to 15 characters in the code)
 */
public record PixSettings(String key, String name, String city) {

    public static final PixSettings NONE = new PixSettings("", "", "");

    public boolean configured() {
        return key != null && !key.isBlank() && name != null && !name.isBlank() && city != null && !city.isBlank();
    }
}
