package com.botclientemanager.access.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * AES-256-GCM for the secret values of {@code access.json}: a random 96-bit nonce per value, stored as
 * {@code v1:} + base64(nonce + ciphertext + tag), with the client's id as associated data so a value copied onto another
 * client does not decrypt. The key is {@code secret.key} in the data dir (base64, owner-only), created on the first
 * encryption; it is never in the GitHub repository nor in any log.
 */
public final class SecretBox {

    public static final String PREFIX = "v1:";
    static final String KEY_FILE = "secret.key";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final Path keyFile;
    private final SecureRandom random = new SecureRandom();
    private SecretKey key;

    public SecretBox(Path dataDir) {
        this.keyFile = dataDir.resolve(KEY_FILE);
    }

    /** Whether the key file is there (a value encrypted with it can be read). */
    public boolean hasKey() {
        return Files.isRegularFile(keyFile);
    }

    public Path keyFile() {
        return keyFile;
    }

    public static boolean isEncrypted(String stored) {
        return stored != null && stored.startsWith(PREFIX);
    }

    /**
     * Encrypts a value for one client; creates the key when {@code mayCreateKey} and there is none yet.
     *
     * @throws KeyMissingException when there is no key and it may not be created (values encrypted with a lost key exist)
     */
    public synchronized String encrypt(String plain, String clientId, boolean mayCreateKey) {
        try {
            byte[] nonce = new byte[NONCE_BYTES];
            random.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key(mayCreateKey), new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(clientId.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
            byte[] out = Arrays.copyOf(nonce, NONCE_BYTES + sealed.length);
            System.arraycopy(sealed, 0, out, NONCE_BYTES, sealed.length);
            return PREFIX + Base64.getEncoder().encodeToString(out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    }

    /**
     * The plain value of an encrypted one.
     *
     * @throws KeyMissingException    when the key file is gone
     * @throws UnreadableSecretException when the value was not encrypted with this key for this client, or is damaged
     */
    public synchronized String decrypt(String stored, String clientId) {
        SecretKey current = key(false);
        try {
            byte[] in = Base64.getDecoder().decode(stored.substring(PREFIX.length()));
            if (in.length <= NONCE_BYTES) {
                throw new UnreadableSecretException();
            }
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, current, new GCMParameterSpec(TAG_BITS, in, 0, NONCE_BYTES));
            cipher.updateAAD(clientId.getBytes(StandardCharsets.UTF_8));
            return new String(cipher.doFinal(in, NONCE_BYTES, in.length - NONCE_BYTES), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException | GeneralSecurityException e) {
            throw new UnreadableSecretException();
        }
    }

    private SecretKey key(boolean mayCreate) {
        if (key != null && hasKey()) {
            return key;
        }
        key = null;
        if (!hasKey()) {
            if (!mayCreate) {
                throw new KeyMissingException();
            }
            create();
        }
        try {
            byte[] bytes = Base64.getDecoder().decode(Files.readString(keyFile, StandardCharsets.US_ASCII).strip());
            if (bytes.length != 32) {
                throw new UnreadableSecretException();
            }
            key = new SecretKeySpec(bytes, "AES");
            return key;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + keyFile, e);
        } catch (IllegalArgumentException e) {
            throw new UnreadableSecretException();
        }
    }

    private void create() {
        try {
            KeyGenerator generator = KeyGenerator.getInstance("AES");
            generator.init(256, random);
            byte[] encoded = Base64.getEncoder().encode(generator.generateKey().getEncoded());
            try {
                Files.createFile(keyFile, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } catch (UnsupportedOperationException e) {
                Files.createFile(keyFile); // not a POSIX file system (Windows): the folder's own rights apply
            }
            Files.write(keyFile, encoded, StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.SYNC);
        } catch (FileAlreadyExistsException e) {
            // created meanwhile: read that one
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + keyFile, e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES is not available", e);
        }
    }

    /** The key file is gone while encrypted values exist: they cannot be read, and nothing is written over them. */
    public static final class KeyMissingException extends RuntimeException {
        KeyMissingException() {
            super("secret.key is missing from the data dir: encrypted access data cannot be read");
        }
    }

    /** A value that does not decrypt with the key in the data dir (another key, or damaged). */
    public static final class UnreadableSecretException extends RuntimeException {
        UnreadableSecretException() {
            super("an encrypted access value does not decrypt with secret.key");
        }
    }
}
