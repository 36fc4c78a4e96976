package com.botclientemanager.templates.internal;

import com.botclientemanager.validation.InvalidInputException;
import com.botclientemanager.validation.Phones;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Validates a PIX key and writes it the way the DICT stores it: CPF (11 digits) and CNPJ (14 digits) with valid check
 * digits and without punctuation, mobile phone as +55, area code and the nine digits, e-mail in lower case, random key (EVP) as a UUID.
 */
public final class PixKeys {

    /** The key sits in field 26 beside the 18 characters of the GUI field: the whole field holds 99. */
    static final int MAX_KEY = 77;
    private static final Pattern EVP = Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    private static final Pattern PHONE = Pattern.compile("\\+55[1-9][1-9]9[0-9]{8}");
    private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}");
    private static final Pattern DOCUMENT_PUNCTUATION = Pattern.compile("[\\s.\\-/]");

    private PixKeys() {
    }

    /** The key in its stored form, or an {@link InvalidInputException} on field "key" saying what is wrong. */
    public static String normalise(String raw) {
        String key = raw == null ? "" : raw.strip();
        if (key.isEmpty()) {
            throw invalid("pix.error.key.required");
        }
        if (key.contains("@")) {
            if (key.length() > MAX_KEY || !EMAIL.matcher(key).matches()) {
                throw invalid("pix.error.key.email");
            }
            return key.toLowerCase(Locale.ROOT);
        }
        if (EVP.matcher(key).matches()) {
            return key.toLowerCase(Locale.ROOT);
        }
        if (key.startsWith("+")) {
            String phone = "+" + Phones.normalise(key, null).orElse("");
            if (!PHONE.matcher(phone).matches()) {
                throw invalid("pix.error.key.phone");
            }
            return phone;
        }
        String digits = DOCUMENT_PUNCTUATION.matcher(key).replaceAll("");
        if (digits.matches("\\d{11}")) {
            if (!validCpf(digits)) {
                // DDD + nine digits is also 11 digits: a mobile key needs +55 in the DICT, so say how to write it
                throw invalid(Phones.isMobile(digits, "BR") ? "pix.error.key.cpf-or-phone" : "pix.error.key.cpf");
            }
            return digits;
        }
        if (digits.matches("\\d{14}")) {
            if (!validCnpj(digits)) {
                throw invalid("pix.error.key.cnpj");
            }
            return digits;
        }
        throw invalid("pix.error.key.invalid");
    }

    static boolean validCpf(String digits) {
        if (digits.chars().distinct().count() == 1) {
            return false;
        }
        return checkDigit(digits, 9, 10) == digits.charAt(9) - '0' && checkDigit(digits, 10, 11) == digits.charAt(10) - '0';
    }

    private static int checkDigit(String digits, int count, int firstWeight) {
        int sum = 0;
        for (int i = 0; i < count; i++) {
            sum += (digits.charAt(i) - '0') * (firstWeight - i);
        }
        int rest = (sum * 10) % 11;
        return rest == 10 ? 0 : rest;
    }

    static boolean validCnpj(String digits) {
        if (digits.chars().distinct().count() == 1) {
            return false;
        }
        return cnpjDigit(digits, 12) == digits.charAt(12) - '0' && cnpjDigit(digits, 13) == digits.charAt(13) - '0';
    }

    private static int cnpjDigit(String digits, int count) {
        int sum = 0;
        int weight = count - 7;
        for (int i = 0; i < count; i++) {
            sum += (digits.charAt(i) - '0') * weight;
            weight = weight == 2 ? 9 : weight - 1;
        }
        int rest = sum % 11;
        return rest < 2 ? 0 : 11 - rest;
    }

    private static InvalidInputException invalid(String key) {
        return new InvalidInputException("key", key);
    }
}
