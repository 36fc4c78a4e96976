package com.botclientemanager.storage.internal;

import com.botclientemanager.storage.StorageException;
import com.botclientemanager.storage.StorageProperties;
import com.botclientemanager.storage.StorageStatus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * When the {@link LocalDocumentStore} last read or wrote a file, the last error since, and which message a write error
 * gets. Remembering an error does not log it: the caller that throws it decides.
 */
final class LocalStoreStatus {

    private static final List<String> DISK_FULL = List.of("No space left on device", "Disk quota exceeded", "File too large");

    private final Path folder;
    private final Clock clock;
    private volatile Instant lastSync;
    private volatile StorageException lastError;

    LocalStoreStatus(Path folder, Clock clock) {
        this.folder = folder;
        this.clock = clock;
    }

    StorageStatus status() {
        StorageException error = lastError;
        return new StorageStatus(StorageProperties.Type.LOCAL, folder.toString(), lastSync, 0,
                error == null ? null : error.messageKey(), error == null ? null : error.getMessage());
    }

    /** Whether the data folder is writable now; the problem found becomes the last error. */
    StorageStatus testConnection() {
        try {
            Files.delete(Files.createTempFile(folder, ".write-test", ".tmp"));
            succeeded();
        } catch (IOException e) {
            remember(new StorageException("storage.error.write", "the data folder " + folder + " is not writable: "
                    + e.getMessage(), e));
        }
        return status();
    }

    /**
     * A full disk (ENOSPC), a quota (EDQUOT) or a file size limit (EFBIG) gets its own message: the person can act on it.
     * Java reports them only as the operating system's text; any other wording gets the general write error, which also
     * names the disk space.
     */
    static String writeErrorKey(IOException e) {
        String message = String.valueOf(e.getMessage());
        return DISK_FULL.stream().anyMatch(message::contains) ? "storage.error.disk-full" : "storage.error.write";
    }

    StorageException remember(StorageException e) {
        lastError = e;
        return e;
    }

    void succeeded() {
        lastError = null;
        lastSync = clock.instant();
    }
}
