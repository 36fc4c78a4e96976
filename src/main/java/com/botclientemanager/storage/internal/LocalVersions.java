package com.botclientemanager.storage.internal;

import com.botclientemanager.storage.DamagedDocumentException;
import com.botclientemanager.storage.Document;
import com.botclientemanager.storage.DocumentVersion;
import com.botclientemanager.storage.StorageException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The versions of a {@link LocalDocumentStore}'s file: its backups, a restore from one of them, and the file kept aside
 * when it is replaced by a restore or retired. Takes the store's lock of the document, as the store did, and reads the
 * document through the store under it.
 */
final class LocalVersions {

    // the store's logger: these lines are about its files, and a log level set for the store keeps covering them
    private static final Logger log = LoggerFactory.getLogger(LocalDocumentStore.class);

    private final LocalDocumentStore store;
    private final Path folder;
    private final Path damagedFolder;
    private final Backups backups;
    private final Clock clock;
    private final DocumentReader reader;
    private final Map<Document, ObjectNode> cache;
    private final ChangeLogs changeLogs;
    private final LocalFileLoads loads;
    private final LocalFileWrites writes;
    private final LocalStoreStatus status;
    private final List<Consumer<Document>> listeners;

    LocalVersions(LocalDocumentStore store, Path folder, Backups backups, Clock clock, DocumentReader reader,
            Map<Document, ObjectNode> cache, ChangeLogs changeLogs, LocalFileLoads loads, LocalFileWrites writes,
            LocalStoreStatus status, List<Consumer<Document>> listeners) {
        this.store = store;
        this.folder = folder;
        this.damagedFolder = folder.resolve("damaged");
        this.backups = backups;
        this.clock = clock;
        this.reader = reader;
        this.cache = cache;
        this.changeLogs = changeLogs;
        this.loads = loads;
        this.writes = writes;
        this.status = status;
        this.listeners = listeners;
    }

    List<DocumentVersion> versions(Document document) {
        try {
            return backups.list(document.flatName()).stream()
                    .map(backup -> new DocumentVersion(backup.name(), backup.takenAt(), null)).toList();
        } catch (IOException e) {
            throw new StorageException("storage.error.read", "cannot list the backups: " + e.getMessage(), e);
        }
    }

    String restore(Document document, String versionId) {
        Path source = backups.file(document.flatName(), versionId).orElseThrow(() -> new StorageException(
                "storage.error.restore.unknown-backup", "no backup " + versionId + " of " + document.fileName()));
        String keptAs;
        synchronized (store.lockFor(document)) {
            foldLog(document);
            ObjectNode content;
            byte[] bytes;
            try {
                bytes = Files.readAllBytes(source);
            } catch (IOException e) {
                throw new StorageException("storage.error.read", "cannot read " + source + ": " + e.getMessage(), e);
            }
            content = reader.read(document, bytes);
            Path target = folder.resolve(document.fileName());
            try {
                keptAs = keepCurrent(document, target);
                AtomicFiles.write(target, bytes);
            } catch (IOException e) {
                throw status.remember(new StorageException(LocalStoreStatus.writeErrorKey(e), "cannot restore "
                        + target + ": " + e.getMessage(), e));
            }
            cache.put(document, content);
            changeLogs.replaced(document, ChangeLogs.version(bytes));
            writes.forget(document);
            loads.forget(document);
            status.succeeded();
            log.info("{} restored from backup {}; the version it replaced is kept as {}", document.fileName(), versionId,
                    keptAs);
        }
        // outside the document's lock: a listener (the clients directory) takes its own lock and then reads
        listeners.forEach(listener -> listener.accept(document));
        return keptAs;
    }

    /** Renames the file beside itself, e.g. {@code payments.json} to {@code payments.migrated-20261130T...Z.json}. */
    String retire(Document document, String description) {
        synchronized (store.lockFor(document)) {
            foldLog(document);
            Path target = folder.resolve(document.fileName());
            if (!Files.exists(target)) {
                return "";
            }
            Path kept = target.resolveSibling(document.flatName() + ".migrated-" + Backups.STAMP.format(clock.instant())
                    + ".json");
            try {
                Files.move(target, kept, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
                changeLogs.moveBeside(document, kept);
            } catch (IOException e) {
                throw status.remember(new StorageException(LocalStoreStatus.writeErrorKey(e), "cannot rename "
                        + target + ": " + e.getMessage(), e));
            }
            cache.remove(document);
            writes.forget(document);
            loads.forget(document);
            changeLogs.forget(document);
            log.info("{}: {}; the file is kept as {}", document.fileName(), description, folder.relativize(kept));
            return folder.relativize(kept).toString();
        }
    }

    /**
     * Keeps the file a restore replaces: a damaged one is copied to {@code damaged/} (never into the backups, where it
     * would be offered for restoring), a good one goes to the backups like before any change.
     */
    private String keepCurrent(Document document, Path target) throws IOException {
        if (!Files.exists(target)) {
            return "";
        }
        if (!loads.knownDamaged(document) && store.problem(document).isEmpty()) {
            return folder.relativize(backups.keep(target, document.flatName(), clock.instant())).toString();
        }
        Files.createDirectories(damagedFolder);
        Path copy = damagedFolder.resolve(document.flatName() + "." + Backups.STAMP.format(clock.instant()) + ".json");
        for (int suffix = 1; Files.exists(copy); suffix++) {
            copy = damagedFolder.resolve(document.flatName() + "." + Backups.STAMP.format(clock.instant()) + "-" + suffix
                    + ".json");
        }
        AtomicFiles.write(copy, Files.readAllBytes(target));
        changeLogs.moveBeside(document, copy);
        return folder.relativize(copy).toString();
    }

    /**
     * Before a restore or retire keeps the current file: it then holds every logged change. A damaged document (its
     * file or its log) cannot be folded; its log goes with the file it is kept beside ({@link ChangeLogs#moveBeside}).
     */
    private void foldLog(Document document) {
        try {
            store.read(document);
        } catch (DamagedDocumentException e) {
            return;
        }
        writes.foldIn(document);
    }
}
