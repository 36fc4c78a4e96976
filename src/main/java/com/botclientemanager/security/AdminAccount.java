package com.botclientemanager.security;

import com.botclientemanager.storage.DataDirectory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

/**
 * The admin's credentials. A configured password ({@code app.admin.password}) is only kept in memory as a hash; without
 * one, a random password is generated on first start, printed once, and only its bcrypt hash is written to disk.
 */
@Service
public class AdminAccount {

    static final String HASH_FILE = "admin-password.bcrypt";
    private static final Logger log = LoggerFactory.getLogger(AdminAccount.class);
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    private static final int MIN_LENGTH = 12;

    private final SecurityProperties properties;
    private final PasswordEncoder encoder;
    private final Path hashFile;
    private final CommonPasswords commonPasswords;
    private volatile String hash;

    public AdminAccount(SecurityProperties properties, PasswordEncoder encoder, DataDirectory dataDirectory,
            CommonPasswords commonPasswords) {
        this.properties = properties;
        this.encoder = encoder;
        this.commonPasswords = commonPasswords;
        this.hashFile = dataDirectory.folder("security").resolve(HASH_FILE);
        this.hash = properties.passwordConfigured() ? encoder.encode(properties.password()) : storedOrGeneratedHash();
    }

    public String username() {
        return properties.username();
    }

    public String passwordHash() {
        return hash;
    }

    public boolean matches(String rawPassword) {
        return rawPassword != null && encoder.matches(rawPassword, hash);
    }

    /** Whether the password can be changed from the UI (not when it comes from configuration). */
    public boolean passwordChangeable() {
        return !properties.passwordConfigured();
    }

    public synchronized void changePassword(String current, String replacement) {
        if (!passwordChangeable()) {
            throw new PasswordChangeException("password.error.configured");
        }
        if (!matches(current)) {
            throw new PasswordChangeException("password.error.current");
        }
        if (replacement == null || replacement.length() < MIN_LENGTH) {
            throw new PasswordChangeException("password.error.short");
        }
        if (commonPasswords.contains(replacement)) {
            throw new PasswordChangeException("password.error.common");
        }
        String newHash = encoder.encode(replacement);
        writeHash(newHash);
        hash = newHash;
        log.info("The admin password was changed.");
    }

    private String storedOrGeneratedHash() {
        try {
            if (Files.exists(hashFile)) {
                String stored = Files.readString(hashFile, StandardCharsets.US_ASCII).strip();
                if (!stored.isEmpty()) {
                    return stored;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + hashFile, e);
        }
        String generated = generatePassword();
        String newHash = encoder.encode(generated);
        writeHash(newHash);
        printBanner(generated);
        return newHash;
    }

    private static String generatePassword() {
        SecureRandom random = new SecureRandom();
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            if (i > 0 && i % 5 == 0) {
                sb.append('-');
            }
            sb.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return sb.toString();
    }

    private void printBanner(String generated) {
        String line = "=".repeat(72);
        log.warn("\n{}\n  FIRST START: an admin password was generated (shown only this once).\n"
                + "  Username: {}\n  Password: {}\n"
                + "  Change it under Settings > Security, or set APP_ADMIN_PASSWORD.\n"
                + "  Only its bcrypt hash is stored, in {}\n{}", line, username(), generated, hashFile, line);
    }

    private void writeHash(String newHash) {
        try {
            Path tmp = Files.createTempFile(hashFile.getParent(), HASH_FILE, ".tmp");
            try {
                restrictToOwner(tmp);
                Files.writeString(tmp, newHash + "\n", StandardCharsets.US_ASCII);
                Files.move(tmp, hashFile, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + hashFile, e);
        }
    }

    private static void restrictToOwner(Path file) throws IOException {
        if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        }
    }
}
