package com.botclientemanager.storage.internal;

import com.botclientemanager.storage.DataDirectory;
import com.botclientemanager.storage.Document;
import com.botclientemanager.storage.DocumentChange;
import com.botclientemanager.storage.DocumentStore;
import com.botclientemanager.storage.StorageException;
import com.botclientemanager.storage.StorageProperties;
import com.botclientemanager.storage.StorageStatus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import tools.jackson.databind.node.ObjectNode;

/**
 * Documents as files in the data dir. Each write is atomic and durable ({@link AtomicFiles}); the last versions are kept
 * in {@code backups/}. One writer per document in the process; the data dir lock keeps other processes out.
 */
public class LocalDocumentStore implements DocumentStore {

    private static final List<String> DISK_FULL = List.of("No space left on device", "Disk quota exceeded", "File too large");

    private final Path folder;
    private final Backups backups;
    private final Clock clock;
    private final Map<Document, ObjectNode> cache = new EnumMap<>(Document.class);
    private volatile Instant lastSync;
    private volatile StorageException lastError;

    public LocalDocumentStore(DataDirectory dataDirectory, Clock clock) {
        this.folder = dataDirectory.root();
        this.backups = new Backups(dataDirectory.folder("backups"), 20);
        this.clock = clock;
        removeStaleTempFiles(folder);
        removeStaleTempFiles(dataDirectory.folder("backups"));
    }

    /** Temp files left by a process killed in the middle of a write (the data dir lock says none is writing now). */
    private static void removeStaleTempFiles(Path folder) {
        try (var files = Files.newDirectoryStream(folder, ".*.tmp")) {
            for (Path file : files) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            // harmless: they are only clutter
        }
    }

    @Override
    public ObjectNode read(Document document) {
        synchronized (lockFor(document)) {
            ObjectNode cached = cache.get(document);
            if (cached == null) {
                cached = load(document);
                cache.put(document, cached);
            }
            return cached;
        }
    }

    @Override
    public void update(Document document, DocumentChange change) {
        synchronized (lockFor(document)) {
            ObjectNode current = read(document);
            ObjectNode changed = change.apply().apply(current.deepCopy());
            Path target = folder.resolve(document.fileName());
            try {
                if (Files.exists(target)) {
                    backups.keep(target, clock.instant());
                }
                AtomicFiles.write(target, DocumentJson.write(changed));
            } catch (IOException e) {
                throw remember(new StorageException(writeErrorKey(e), "cannot write " + target + ": " + e.getMessage(), e));
            }
            cache.put(document, changed);
            succeeded();
        }
    }

    @Override
    public StorageStatus status() {
        StorageException error = lastError;
        return new StorageStatus(StorageProperties.Type.LOCAL, folder.toString(), lastSync, 0,
                error == null ? null : error.messageKey(), error == null ? null : error.getMessage());
    }

    @Override
    public StorageStatus testConnection() {
        try {
            Files.delete(Files.createTempFile(folder, ".write-test", ".tmp"));
            succeeded();
        } catch (IOException e) {
            remember(new StorageException("storage.error.write", "the data folder " + folder + " is not writable: "
                    + e.getMessage(), e));
        }
        return status();
    }

    @Override
    public void onExternalChange(Consumer<Document> listener) {
        // Local files are only written by this process (the data dir is locked): there are no external changes.
    }

    private ObjectNode load(Document document) {
        Path file = folder.resolve(document.fileName());
        try {
            ObjectNode content = DocumentJson.parse(document, Files.readAllBytes(file));
            succeeded();
            return content;
        } catch (NoSuchFileException e) {
            return DocumentJson.emptyDocument();
        } catch (IOException e) {
            throw remember(new StorageException("storage.error.read", "cannot read " + file + ": " + e.getMessage(), e));
        } catch (StorageException e) {
            throw remember(e);
        }
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

    private StorageException remember(StorageException e) {
        lastError = e;
        return e;
    }

    private void succeeded() {
        lastError = null;
        lastSync = clock.instant();
    }

    private static Object lockFor(Document document) {
        return document;
    }
}
