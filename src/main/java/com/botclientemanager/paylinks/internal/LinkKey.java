package com.botclientemanager.paylinks.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The 256-bit key the clients' page tokens are derived from: {@code paylinks.key} in the data dir (base64, owner-only),
 * created on first use and never put in the document store, so the GitHub repository never holds it. A token is
 * base64url(HMAC-SHA256(key, clientId + ":" + generation)): 256 bits no one can guess without the key.
 */
public final class LinkKey {

    static final String KEY_FILE = "paylinks.key";
    private static final int KEY_BYTES = 32;

    private final Path file;
    private final SecureRandom random = new SecureRandom();
    private byte[] key;

    public LinkKey(Path dataDir) {
        this.file = dataDir.resolve(KEY_FILE);
    }

    public synchronized String token(String clientId, int generation) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key(), "HmacSHA256"));
            byte[] tag = mac.doFinal((clientId + ":" + generation).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(tag);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }

    /** Hex SHA-256 of a token: what is stored and looked up. */
    public static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 unavailable", e);
        }
    }

    /** Replaces the key: every token derived so far stops working. */
    public synchronized void replace() {
        key = write(newKey());
    }

    private byte[] key() {
        if (key == null) {
            key = Files.isRegularFile(file) ? read() : write(newKey());
        }
        return key;
    }

    private byte[] newKey() {
        byte[] bytes = new byte[KEY_BYTES];
        random.nextBytes(bytes);
        return bytes;
    }

    private byte[] read() {
        try {
            byte[] bytes = Base64.getDecoder().decode(Files.readString(file, StandardCharsets.US_ASCII).strip());
            if (bytes.length < KEY_BYTES) {
                throw new IllegalStateException(KEY_FILE + " in the data dir is too short; delete it to make a new one");
            }
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Written beside the old file first and then moved over it, so a crash never leaves half a key. */
    private byte[] write(byte[] bytes) {
        try {
            Path temp = file.resolveSibling(KEY_FILE + ".new");
            Files.deleteIfExists(temp);
            try {
                Files.createFile(temp, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } catch (UnsupportedOperationException e) {
                Files.createFile(temp); // not a POSIX file system (Windows): the folder's own rights apply
            }
            Files.writeString(temp, Base64.getEncoder().encodeToString(bytes), StandardCharsets.US_ASCII);
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
