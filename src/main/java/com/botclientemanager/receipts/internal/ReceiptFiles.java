package com.botclientemanager.receipts.internal;

import com.botclientemanager.receipts.ReceiptsProperties;
import com.botclientemanager.storage.DataDirectory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * Receipt files under {@code <data-dir>/receipts/}: owner-only, named by the app (never by the sender), only JPEG, PNG,
 * WebP and PDF as told by their first bytes, each up to {@code app.receipts.max-file-size} and all together up to
 * {@code app.receipts.max-total-size}.
 */
@Component
public class ReceiptFiles {

    private static final Pattern OUR_NAME = Pattern.compile("[0-9a-f-]{36}\\.(jpg|png|webp|pdf)");
    private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");

    private final DataDirectory dataDirectory;
    private final ReceiptsProperties properties;

    ReceiptFiles(DataDirectory dataDirectory, ReceiptsProperties properties) {
        this.dataDirectory = dataDirectory;
        this.properties = properties;
    }

    /** Why a file is not kept. */
    public static final class Refused extends RuntimeException {
        Refused(String reason) {
            super(reason, null, false, false);
        }
    }

    public long maxFileSize() {
        return properties.maxFileSize().toBytes();
    }

    /**
     * Stores the bytes and returns the file's name and its type as the bytes show it.
     *
     * @throws Refused when the file is too big, of another type, or would pass the total limit
     */
    public Stored store(byte[] bytes, long alreadyStored) {
        if (bytes == null || bytes.length == 0) {
            throw new Refused("empty file");
        }
        if (bytes.length > maxFileSize()) {
            throw new Refused("file larger than " + properties.maxFileSize());
        }
        String type = FileTypes.of(bytes).orElseThrow(() -> new Refused("not an image or PDF"));
        if (alreadyStored + bytes.length > properties.maxTotalSize().toBytes()) {
            throw new Refused("receipt folder full (" + properties.maxTotalSize() + ")");
        }
        String name = UUID.randomUUID() + "." + FileTypes.extension(type);
        Path file = folder().resolve(name);
        try {
            Files.write(file, bytes, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            if (POSIX) {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot store a receipt file", e);
        }
        return new Stored(name, type, bytes.length);
    }

    public record Stored(String name, String contentType, long size) {
    }

    /** The file's content, when the name is one the app gave and the file is there. */
    public Optional<InputStream> open(String name) {
        if (name == null || !OUR_NAME.matcher(name).matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Files.newInputStream(folder().resolve(name)));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    public void delete(String name) {
        if (name != null && OUR_NAME.matcher(name).matches()) {
            try {
                Files.deleteIfExists(folder().resolve(name));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot delete a receipt file", e);
            }
        }
    }

    private Path folder() {
        Path folder = dataDirectory.folder("receipts");
        if (POSIX) {
            try {
                Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwx------"));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot restrict " + folder, e);
            }
        }
        return folder;
    }
}
