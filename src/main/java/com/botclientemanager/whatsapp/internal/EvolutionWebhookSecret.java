package com.botclientemanager.whatsapp.internal;

import com.botclientemanager.storage.DataDirectory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import org.springframework.stereotype.Component;

/**
 * The secret part of the Evolution webhook URL ({@code /webhooks/evolution/{secret}}): generated on first start and
 * kept in {@code whatsapp/webhook-secret} under the data dir, so the URL survives restarts.
 */
@Component
public class EvolutionWebhookSecret {

    static final String FILE = "webhook-secret";

    private final String secret;

    EvolutionWebhookSecret(DataDirectory dataDirectory) {
        this.secret = loadOrCreate(dataDirectory.folder("whatsapp").resolve(FILE));
    }

    /** The secret to put in the webhook URL (URL-safe, 256 random bits). */
    public String value() {
        return secret;
    }

    /** Constant-time comparison with what a caller put in the URL. */
    public boolean matches(String candidate) {
        return candidate != null && MessageDigest.isEqual(secret.getBytes(StandardCharsets.UTF_8),
                candidate.getBytes(StandardCharsets.UTF_8));
    }

    private static String loadOrCreate(Path file) {
        try {
            if (Files.exists(file)) {
                String stored = Files.readString(file, StandardCharsets.UTF_8).strip();
                if (stored.length() >= 32) {
                    return stored;
                }
            }
            byte[] random = new byte[32];
            new SecureRandom().nextBytes(random);
            String created = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
            Path temp = file.resolveSibling(FILE + ".tmp");
            Files.deleteIfExists(temp);
            Files.writeString(temp, created, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
            ownerOnly(temp);
            Files.move(temp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            return created;
        } catch (FileAlreadyExistsException e) {
            throw new UncheckedIOException("another process is creating " + file, e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create the webhook secret " + file, e);
        }
    }

    private static void ownerOnly(Path file) throws IOException {
        if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        }
    }
}
