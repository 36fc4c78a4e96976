package com.botclientemanager.storage.internal;

import com.botclientemanager.storage.DataDirectory;
import com.botclientemanager.storage.Document;
import com.botclientemanager.storage.StorageException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.CRC32;
import java.util.zip.CheckedOutputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes a {@link LocalDocumentStore}'s document as a whole file: atomic, with a backup of the file it replaces, and
 * serialising only the elements that are new since this store last wrote it ({@link DocumentBytes}); for a change, or
 * to fold a change log into its file. Called under the document's lock, which a fold-in takes itself.
 */
final class LocalFileWrites {

    // the store's logger: these lines are about its files, and a log level set for the store keeps covering them
    private static final Logger log = LoggerFactory.getLogger(LocalDocumentStore.class);

    private final LocalDocumentStore store;
    private final Path folder;
    private final Backups backups;
    private final Clock clock;
    private final ChangeLogs changeLogs;
    private final LocalStoreStatus status;
    /** The store's cache: a written document is its new cached version. */
    private final Map<Document, ObjectNode> cache;
    /** The bytes of the elements of each cached version this store wrote: the next write serialises only new ones. */
    private final Map<Document, DocumentBytes> written = new ConcurrentHashMap<>();

    LocalFileWrites(LocalDocumentStore store, Path folder, Backups backups, Clock clock, ChangeLogs changeLogs,
            LocalStoreStatus status, Map<Document, ObjectNode> cache) {
        this.store = store;
        this.folder = folder;
        this.backups = backups;
        this.clock = clock;
        this.changeLogs = changeLogs;
        this.status = status;
        this.cache = cache;
    }

    /** Writes the whole document (atomic, with a backup of the file it replaces); its change log is then obsolete. */
    void writeWhole(Document document, ObjectNode content) {
        Path target = folder.resolve(document.fileName());
        DocumentBytes kept = written.getOrDefault(document, DocumentBytes.NONE);
        DocumentBytes[] writing = new DocumentBytes[1];
        CRC32 crc = new CRC32();
        long size;
        try {
            if (Files.exists(target)) {
                backups.keep(target, document.flatName(), clock.instant());
            } else if (document.isMember()) {
                Files.createDirectories(target.getParent());
            }
            AtomicFiles.write(target, out -> {
                CheckedOutputStream checked = new CheckedOutputStream(out, crc);
                writing[0] = kept.write(content, checked);
                checked.flush();
            });
            size = Files.size(target);
        } catch (IOException e) {
            throw status.remember(new StorageException(LocalStoreStatus.writeErrorKey(e), "cannot write " + target
                    + ": " + e.getMessage(), e));
        }
        written.put(document, writing[0]);
        cache.put(document, content);
        changeLogs.replaced(document, new ChangeLog.FileVersion(size, crc.getValue()));
        status.succeeded();
    }

    /**
     * Folds a document's change log into its file (the usual atomic write with a backup). Holds the document's lock
     * while it writes: a change waits for it. Runs in the background, on restore, retire and close.
     */
    void foldIn(Document document) {
        synchronized (store.lockFor(document)) {
            int lines = changeLogs.lines(document);
            ObjectNode content = cache.get(document);
            if (lines == 0 || content == null) {
                return;
            }
            long started = System.nanoTime();
            writeWhole(document, content);
            log.debug("{}: {} logged change(s) folded into the file in {} ms", document.fileName(), lines,
                    (System.nanoTime() - started) / 1_000_000);
        }
    }

    /** The cached version is no longer one this store wrote (loaded again, restored, retired). */
    void forget(Document document) {
        written.remove(document);
    }

    /**
     * Removes the temp files left by a process killed in the middle of a write (the data dir lock says none is writing
     * now): in the data dir, its backups and the folders of the families.
     */
    static void removeStaleTempFiles(DataDirectory dataDirectory) {
        Path folder = dataDirectory.root();
        removeStaleTempFiles(folder);
        removeStaleTempFiles(dataDirectory.folder("backups"));
        for (Document document : Document.values()) {
            if (Files.isDirectory(folder.resolve(document.name()))) {
                removeStaleTempFiles(folder.resolve(document.name()));
            }
        }
    }

    private static void removeStaleTempFiles(Path folder) {
        try (var files = Files.newDirectoryStream(folder, ".*.tmp")) {
            for (Path file : files) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            // harmless: they are only clutter
        }
    }
}
