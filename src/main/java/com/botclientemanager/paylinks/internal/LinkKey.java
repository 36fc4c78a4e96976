package com.botclientemanager.paylinks.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The 256-bit key the clients' page tokens are derived from, kept in the database ({@code link_key}) so that every
 * instance on a shared database derives the same tokens and a "Revogar todos os links" on one revokes them on all. It is
 * never put in the document store, so the GitHub repository never holds it. A token is
 * base64url(HMAC-SHA256(key, clientId + ":" + generation)): 256 bits no one can guess without the key.
 *
 * <p>Earlier versions kept the key in {@code paylinks.key} in the data dir: when the database has no key yet, that
 * file's key is taken over, so the links already sent keep opening. The key is read on every use (one row by primary
 * key): a key replaced by another instance takes effect here at once.
 */
public final class LinkKey {

    static final String KEY_FILE = "paylinks.key";
    private static final int KEY_BYTES = 32;

    private final Path olderFile;
    private final LinkRepository repository;
    private final SecureRandom random = new SecureRandom();

    public LinkKey(Path dataDir, LinkRepository repository) {
        this.olderFile = dataDir.resolve(KEY_FILE);
        this.repository = repository;
    }

    public String token(String clientId, int generation) {
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

    /** Replaces the key: every token derived so far stops working, on every instance. */
    public void replace() {
        repository.replaceKey(Base64.getEncoder().encodeToString(newKey()));
    }

    private byte[] key() {
        String stored = repository.key().orElse(null);
        if (stored == null) {
            repository.insertKeyIfNone(Base64.getEncoder().encodeToString(
                    Files.isRegularFile(olderFile) ? readOlderFile() : newKey()));
            stored = repository.key().orElseThrow();
        }
        byte[] bytes = Base64.getDecoder().decode(stored);
        if (bytes.length < KEY_BYTES) {
            throw new IllegalStateException("the link key in the database is too short");
        }
        return bytes;
    }

    private byte[] newKey() {
        byte[] bytes = new byte[KEY_BYTES];
        random.nextBytes(bytes);
        return bytes;
    }

    private byte[] readOlderFile() {
        try {
            byte[] bytes = Base64.getDecoder().decode(Files.readString(olderFile, StandardCharsets.US_ASCII).strip());
            if (bytes.length < KEY_BYTES) {
                throw new IllegalStateException(KEY_FILE + " in the data dir is too short; delete it to make a new key");
            }
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
