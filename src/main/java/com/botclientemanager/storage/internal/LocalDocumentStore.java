package com.botclientemanager.storage.internal;

import com.botclientemanager.storage.DamagedDocumentException;
import com.botclientemanager.storage.DataDirectory;
import com.botclientemanager.storage.Document;
import com.botclientemanager.storage.DocumentChange;
import com.botclientemanager.storage.DocumentProblem;
import com.botclientemanager.storage.DocumentStore;
import com.botclientemanager.storage.DocumentVersion;
import com.botclientemanager.storage.StorageException;
import com.botclientemanager.storage.StorageProperties;
import com.botclientemanager.storage.StorageStatus;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Documents as files in the data dir. Each write is atomic and durable ({@link AtomicFiles}); the last versions are kept
 * in {@code backups/}. One writer per document in the process; the data dir lock keeps other processes out.
 * A damaged file (see {@link DocumentReader}) is never written over: reads and writes are refused until it is restored
 * from a backup or fixed by hand, which is noticed when the file's size or modification time changes.
 * <p>
 * A file bigger than {@code logAbove} is not rewritten for a change that only puts or removes elements of its lists:
 * the change is appended to its {@link ChangeLog} and folded into the file in the background ({@link #compact});
 * {@link ChangeLogs} keeps that bookkeeping.
 * <p>
 * Each document has one lock, taken here and by the parts the store is made of: loading and damaged-file bookkeeping
 * ({@link LocalFileLoads}), whole-file writes ({@link LocalFileWrites}), backups, restore and retire
 * ({@link LocalVersions}), family listings ({@link LocalFamilyMembers}) and the last sync and error
 * ({@link LocalStoreStatus}).
 */
public class LocalDocumentStore implements DocumentStore, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(LocalDocumentStore.class);
    static final Duration QUIET = Duration.ofSeconds(5);
    private static final Duration CLOSE_WAIT = Duration.ofSeconds(60);

    private final Path folder;
    private final Map<Document, ObjectNode> cache = new ConcurrentHashMap<>();
    private final Map<Document, Object> locks = new ConcurrentHashMap<>();
    private final List<Consumer<Document>> listeners = new CopyOnWriteArrayList<>();
    private final ChangeLogs changeLogs;
    private final LocalStoreStatus status;
    private final LocalFileLoads loads;
    private final LocalFileWrites writes;
    private final LocalVersions versions;
    private final LocalFamilyMembers members;

    /** A store that only checks that documents parse (tools, benchmarks and tests of the files alone). */
    public LocalDocumentStore(DataDirectory dataDirectory, Clock clock) {
        this(dataDirectory, clock, DocumentReader.PARSE_ONLY);
    }

    public LocalDocumentStore(DataDirectory dataDirectory, Clock clock, DocumentReader reader) {
        this(dataDirectory, clock, reader, StorageProperties.Storage.DEFAULT_LOG_ABOVE.toBytes(), QUIET);
    }

    /**
     * @param logAbove a file bigger than this many bytes gets a change log instead of being rewritten per change
     * @param quiet    how long a document has no change before its log is folded into the file
     */
    public LocalDocumentStore(DataDirectory dataDirectory, Clock clock, DocumentReader reader, long logAbove,
            Duration quiet) {
        this.changeLogs = new ChangeLogs(dataDirectory.root(), logAbove, quiet, this::compact);
        this.folder = dataDirectory.root();
        Backups backups = new Backups(dataDirectory.folder("backups"), 20);
        this.status = new LocalStoreStatus(folder, clock);
        this.loads = new LocalFileLoads(folder, reader, changeLogs, status);
        this.writes = new LocalFileWrites(this, folder, backups, clock, changeLogs, status, cache);
        this.versions = new LocalVersions(this, folder, backups, clock, reader, cache, changeLogs, loads, writes,
                status, listeners);
        this.members = new LocalFamilyMembers(folder, status);
        LocalFileWrites.removeStaleTempFiles(dataDirectory);
    }

    @Override
    public ObjectNode read(Document document) {
        synchronized (lockFor(document)) {
            ObjectNode cached = cache.get(document);
            if (cached == null) {
                writes.forget(document);
                cached = loads.load(document);
                cache.put(document, cached);
            }
            return cached;
        }
    }

    @Override
    public void update(Document document, DocumentChange change) {
        synchronized (lockFor(document)) {
            ObjectNode current = read(document);
            ObjectNode changed = change.apply().apply(DocumentCopies.forChange(current, change));
            boolean logged;
            try {
                logged = changeLogs.logged(document, change, current, changed);
            } catch (StorageException e) {
                throw status.remember(e);
            }
            if (logged) {
                cache.put(document, changed);
                status.succeeded();
                return;
            }
            writes.writeWhole(document, changed);
        }
    }

    /** Folds a document's change log into its file ({@link LocalFileWrites#foldIn}); the background fold-in calls it. */
    void compact(Document document) {
        writes.foldIn(document);
    }

    /** Folds every change log into its file and stops the background compaction, bounded. */
    @Override
    public void close() {
        changeLogs.close(CLOSE_WAIT);
        for (Document document : changeLogs.loaded()) {
            try {
                compact(document);
            } catch (StorageException e) {
                log.warn("{}: the change log could not be folded in on shutdown; it is replayed on the next start: {}",
                        document.fileName(), e.getMessage());
            }
        }
    }

    /**
     * Stops as a killed process would, for crash drills: the background fold-in stops (one under way finishes first)
     * and nothing is folded, so the logs stay for the next store on the folder to replay.
     */
    void abandon() {
        changeLogs.close(CLOSE_WAIT);
    }

    @Override
    public StorageStatus status() {
        return status.status();
    }

    @Override
    public StorageStatus testConnection() {
        return status.testConnection();
    }

    /** Only a restore changes a file behind the readers' back: other processes are kept out by the data dir lock. */
    @Override
    public void onExternalChange(Consumer<Document> listener) {
        listeners.add(listener);
    }

    @Override
    public List<String> members(Document family) {
        return members.of(family);
    }

    @Override
    public List<DocumentProblem> problems() {
        List<DocumentProblem> found = new ArrayList<>();
        for (Document document : Document.values()) {
            problem(document).ifPresent(found::add);
        }
        // members of a family and the modules' own documents (plans.json, access.json) once they were read
        loads.damagedBeyondFixed().forEach(member -> problem(member).ifPresent(found::add));
        return found;
    }

    @Override
    public Optional<DocumentProblem> problem(Document document) {
        try {
            read(document);
            return Optional.empty();
        } catch (DamagedDocumentException e) {
            return Optional.of(e.problem());
        } catch (StorageException e) {
            return Optional.empty(); // not readable right now (permissions, I/O): not a damaged document
        }
    }

    /** Renames the file beside itself, e.g. {@code payments.json} to {@code payments.migrated-20261130T...Z.json}. */
    @Override
    public String retire(Document document, String description) {
        return versions.retire(document, description);
    }

    @Override
    public List<DocumentVersion> versions(Document document) {
        return versions.versions(document);
    }

    @Override
    public String restore(Document document, String versionId) {
        return versions.restore(document, versionId);
    }

    Object lockFor(Document document) {
        return locks.computeIfAbsent(document, d -> new Object());
    }
}
