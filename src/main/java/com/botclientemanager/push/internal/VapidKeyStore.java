package com.botclientemanager.push.internal;

import com.botclientemanager.storage.DataDirectory;
import com.interaso.webpush.VapidKeys;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The server's VAPID key pair, made on first start and kept in {@code push/vapid-keys} under the local data folder
 * (owner-only; never in the GitHub store). Browsers bind each subscription to the public key, so a lost file means
 * every device has to turn notifications on again.
 */
@Component
public class VapidKeyStore {

    static final String FILE = "vapid-keys";
    private static final Logger log = LoggerFactory.getLogger(VapidKeyStore.class);

    private final VapidKeys keys;

    @Autowired
    VapidKeyStore(DataDirectory dataDirectory) {
        this(dataDirectory.folder("push").resolve(FILE));
    }

    VapidKeyStore(Path file) {
        this.keys = Files.exists(file) ? read(file) : create(file);
    }

    public VapidKeys keys() {
        return keys;
    }

    /** The public key as browsers want it for {@code applicationServerKey}: base64url of the uncompressed point. */
    public String applicationServerKey() {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(keys.getApplicationServerKey());
    }

    private static VapidKeys read(Path file) {
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.US_ASCII);
            return VapidKeys.create(lines.get(0).strip(), lines.get(1).strip());
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("The push key file " + file + " cannot be read. Restore it from a backup, "
                    + "or delete it to make a new pair (every device must then turn notifications on again).", e);
        }
    }

    private static VapidKeys create(Path file) {
        VapidKeys generated = VapidKeys.generate();
        String text = generated.getX509PublicKey() + "\n" + generated.getPkcs8PrivateKey() + "\n";
        try {
            Path tmp = file.resolveSibling(FILE + ".tmp");
            Files.deleteIfExists(tmp);
            if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                Files.createFile(tmp, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } else {
                Files.createFile(tmp);
            }
            Files.writeString(tmp, text, StandardCharsets.US_ASCII, StandardOpenOption.TRUNCATE_EXISTING);
            Files.move(tmp, file);
        } catch (FileAlreadyExistsException e) {
            return read(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the push key file " + file, e);
        }
        log.info("Made a new push (VAPID) key pair in {}", file);
        return generated;
    }
}
