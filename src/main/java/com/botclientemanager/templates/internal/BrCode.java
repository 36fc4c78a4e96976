package com.botclientemanager.templates.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;

/**
 * A static PIX BR Code ("copia e cola"): the EMV merchant-presented payload of the Banco Central do Brasil's "Manual de
 * Padrões para Iniciação do Pix" (fields ID + two-digit length + value), ending with its CRC16-CCITT-FALSE.
 */
public final class BrCode {

    public static final String GUI = "br.gov.bcb.pix";
    public static final int MAX_NAME = 25;
    public static final int MAX_CITY = 15;
    public static final int MAX_TXID = 25;
    /** A static code without a transaction id carries "***". */
    public static final String NO_TXID = "***";

    private BrCode() {
    }

    /**
     * The payload for these already-normalised fields (see {@link #merchantText}); {@code amount} null for a code where
     * the payer types the amount.
     */
    public static String build(String key, String name, String city, BigDecimal amount, String txid) {
        StringBuilder payload = new StringBuilder(160)
                .append(field("00", "01"))
                .append(field("26", field("00", GUI) + field("01", key)))
                .append(field("52", "0000"))
                .append(field("53", "986"));
        if (amount != null) {
            payload.append(field("54", amount.setScale(2, RoundingMode.HALF_UP).toPlainString()));
        }
        payload.append(field("58", "BR"))
                .append(field("59", name))
                .append(field("60", city))
                .append(field("62", field("05", txid == null || txid.isEmpty() ? NO_TXID : txid)))
                .append("6304");
        return payload.append(crc16(payload.toString())).toString();
    }

    /** Upper case, accents removed, only letters, digits and simple punctuation, cut to {@code max} characters. */
    public static String merchantText(String text, int max) {
        if (text == null) {
            return "";
        }
        String plain = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9 .,&'/-]", " ").replaceAll("\\s+", " ").strip();
        return plain.length() <= max ? plain : plain.substring(0, max).strip();
    }

    /** Letters and digits only, at most 25 characters; "***" when nothing is left. */
    public static String txid(String text) {
        String plain = text == null ? "" : text.replaceAll("[^A-Za-z0-9]", "");
        return plain.isEmpty() ? NO_TXID : plain.substring(0, Math.min(MAX_TXID, plain.length()));
    }

    /** CRC16-CCITT-FALSE (polynomial 0x1021, initial value 0xFFFF) over the UTF-8 bytes, as four upper-case hex digits. */
    public static String crc16(String text) {
        int crc = 0xFFFF;
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            crc ^= (b & 0xFF) << 8;
            for (int bit = 0; bit < 8; bit++) {
                crc = (crc & 0x8000) != 0 ? (crc << 1) ^ 0x1021 : crc << 1;
                crc &= 0xFFFF;
            }
        }
        return String.format(Locale.ROOT, "%04X", crc);
    }

    private static String field(String id, String value) {
        int length = value.getBytes(StandardCharsets.UTF_8).length;
        if (length > 99) {
            throw new IllegalArgumentException("BR Code field " + id + " is longer than 99 bytes");
        }
        return id + String.format(Locale.ROOT, "%02d", length) + value;
    }
}
