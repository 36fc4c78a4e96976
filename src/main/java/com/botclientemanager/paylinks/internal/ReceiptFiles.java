package com.botclientemanager.paylinks.internal;

import java.util.Arrays;
import java.util.Optional;

/** What a receipt file really is, from its first bytes (the name and the browser's type are not trusted). */
final class ReceiptFiles {

    private ReceiptFiles() {
    }

    /** image/jpeg, image/png, image/webp or application/pdf; empty for anything else. */
    static Optional<String> contentType(byte[] bytes) {
        if (starts(bytes, 0xFF, 0xD8, 0xFF)) {
            return Optional.of("image/jpeg");
        }
        if (starts(bytes, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return Optional.of("image/png");
        }
        if (starts(bytes, 'R', 'I', 'F', 'F') && bytes.length >= 12
                && Arrays.equals(bytes, 8, 12, new byte[] {'W', 'E', 'B', 'P'}, 0, 4)) {
            return Optional.of("image/webp");
        }
        if (starts(bytes, '%', 'P', 'D', 'F', '-')) {
            return Optional.of("application/pdf");
        }
        return Optional.empty();
    }

    private static boolean starts(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
