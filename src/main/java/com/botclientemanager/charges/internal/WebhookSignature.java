package com.botclientemanager.charges.internal;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Mercado Pago's {@code x-signature: ts=…,v1=…}: {@code v1} is hex(HMAC-SHA256(secret,
 * "id:{data.id};request-id:{x-request-id};ts:{ts};")), each part left out when its value is absent. {@code data.id} is
 * taken from the query string as sent (its case preserved). Compared in constant time.
 */
final class WebhookSignature {

    enum Verdict {
        VALID, INVALID, ABSENT
    }

    private WebhookSignature() {
    }

    static Verdict check(String secret, String header, String dataId, String requestId) {
        if (header == null || header.isBlank()) {
            return Verdict.ABSENT;
        }
        String ts = null;
        String v1 = null;
        for (String part : header.split(",")) {
            int eq = part.indexOf('=');
            if (eq > 0) {
                String name = part.substring(0, eq).strip();
                String value = part.substring(eq + 1).strip();
                if (name.equals("ts")) {
                    ts = value;
                } else if (name.equals("v1")) {
                    v1 = value;
                }
            }
        }
        if (v1 == null || v1.isEmpty() || !v1.matches("[0-9a-fA-F]{1,128}")) {
            return Verdict.INVALID;
        }
        byte[] expected = hmac(secret, manifest(dataId, requestId, ts));
        byte[] given = HexFormat.of().parseHex(v1.length() % 2 == 0 ? v1 : "0" + v1);
        return MessageDigest.isEqual(expected, given) ? Verdict.VALID : Verdict.INVALID;
    }

    static String manifest(String dataId, String requestId, String ts) {
        StringBuilder manifest = new StringBuilder();
        if (dataId != null && !dataId.isEmpty()) {
            manifest.append("id:").append(dataId).append(';');
        }
        if (requestId != null && !requestId.isEmpty()) {
            manifest.append("request-id:").append(requestId).append(';');
        }
        if (ts != null && !ts.isEmpty()) {
            manifest.append("ts:").append(ts).append(';');
        }
        return manifest.toString();
    }

    static byte[] hmac(String secret, String manifest) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return mac.doFinal(manifest.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
    }
}
