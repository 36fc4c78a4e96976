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
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.zip.CRC32;
import java.util.zip.CheckedOutputStream;
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
 */
public class LocalDocumentStore implements DocumentStore, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(LocalDocumentStore.class);
    private static final List<String> DISK_FULL = List.of("No space left on device", "Disk quota exceeded", "File too large");
    static final Duration QUIET = Duration.ofSeconds(5);
    private static final Duration CLOSE_WAIT = Duration.ofSeconds(60);

    private final Path folder;
    private final Path damagedFolder;
    private final Backups backups;
    private final Clock clock;
    private final DocumentReader reader;
    private final Map<Document, ObjectNode> cache = new ConcurrentHashMap<>();
    /** The bytes of the elements of each cached version this store wrote: the next write serialises only new ones. */
    private final Map<Document, DocumentBytes> written = new ConcurrentHashMap<>();
    private final Map<Document, Damaged> damaged = new ConcurrentHashMap<>();
    private final Map<Document, Object> locks = new ConcurrentHashMap<>();
    private final List<Consumer<Document>> listeners = new CopyOnWriteArrayList<>();
    private final ChangeLogs changeLogs;
    private volatile Instant lastSync;
    private volatile StorageException lastError;

    /** A damaged file as it was when last read: read again only once it changed on disk. */
    private record Damaged(DamagedDocumentException error, Instant modified, long size, long logSize) {
    }

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
        this.damagedFolder = dataDirectory.root().resolve("damaged");
        this.backups = new Backups(dataDirectory.folder("backups"), 20);
        this.clock = clock;
        this.reader = reader;
        removeStaleTempFiles(folder);
        removeStaleTempFiles(dataDirectory.folder("backups"));
        for (Document document : Document.values()) {
            if (Files.isDirectory(folder.resolve(document.name()))) {
                removeStaleTempFiles(folder.resolve(document.name()));
            }
        }
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
                written.remove(document);
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
            ObjectNode changed = change.apply().apply(DocumentCopies.forChange(current, change));
            boolean logged;
            try {
                logged = changeLogs.logged(document, change, current, changed);
            } catch (StorageException e) {
                throw remember(e);
            }
            if (logged) {
                cache.put(document, changed);
                succeeded();
                return;
            }
            writeWhole(document, changed);
        }
    }

    /** Writes the whole document (atomic, with a backup of the file it replaces); its change log is then obsolete. */
    private void writeWhole(Document document, ObjectNode content) {
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
            throw remember(new StorageException(writeErrorKey(e), "cannot write " + target + ": " + e.getMessage(), e));
        }
        written.put(document, writing[0]);
        cache.put(document, content);
        changeLogs.replaced(document, new ChangeLog.FileVersion(size, crc.getValue()));
        succeeded();
    }

    /**
     * Folds a document's change log into its file (the usual atomic write with a backup). Holds the document's lock
     * while it writes: a change waits for it. Runs in the background, on restore, retire and close.
     */
    void compact(Document document) {
        synchronized (lockFor(document)) {
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

    /** Only a restore changes a file behind the readers' back: other processes are kept out by the data dir lock. */
    @Override
    public void onExternalChange(Consumer<Document> listener) {
        listeners.add(listener);
    }

    @Override
    public List<String> members(Document family) {
        Path familyFolder = folder.resolve(family.name());
        List<String> keys = new ArrayList<>();
        try (var files = Files.newDirectoryStream(familyFolder, "*.json")) {
            for (Path file : files) {
                String name = file.getFileName().toString();
                String key = name.substring(0, name.length() - ".json".length());
                if (isKey(family, key) && Files.isRegularFile(file)) {
                    keys.add(key);
                }
            }
        } catch (NoSuchFileException e) {
            return List.of();
        } catch (IOException e) {
            throw remember(new StorageException("storage.error.read", "cannot list " + familyFolder + ": " + e.getMessage(), e));
        }
        keys.sort(null);
        return keys;
    }

    private static boolean isKey(Document family, String key) {
        try {
            family.member(key);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    @Override
    public List<DocumentProblem> problems() {
        List<DocumentProblem> found = new ArrayList<>();
        for (Document document : Document.values()) {
            problem(document).ifPresent(found::add);
        }
        // members of a family and the modules' own documents (plans.json, access.json) once they were read
        damaged.keySet().stream().filter(document -> !List.of(Document.values()).contains(document))
                .sorted(java.util.Comparator.comparing(Document::fileName))
                .forEach(member -> problem(member).ifPresent(found::add));
        return found;
    }

    /** Renames the file beside itself, e.g. {@code payments.json} to {@code payments.migrated-20261130T...Z.json}. */
    @Override
    public String retire(Document document, String description) {
        synchronized (lockFor(document)) {
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
                throw remember(new StorageException(writeErrorKey(e), "cannot rename " + target + ": " + e.getMessage(), e));
            }
            cache.remove(document);
            written.remove(document);
            damaged.remove(document);
            changeLogs.forget(document);
            log.info("{}: {}; the file is kept as {}", document.fileName(), description, folder.relativize(kept));
            return folder.relativize(kept).toString();
        }
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

    @Override
    public List<DocumentVersion> versions(Document document) {
        try {
            return backups.list(document.flatName()).stream()
                    .map(backup -> new DocumentVersion(backup.name(), backup.takenAt(), null)).toList();
        } catch (IOException e) {
            throw new StorageException("storage.error.read", "cannot list the backups: " + e.getMessage(), e);
        }
    }

    @Override
    public String restore(Document document, String versionId) {
        Path source = backups.file(document.flatName(), versionId).orElseThrow(() -> new StorageException(
                "storage.error.restore.unknown-backup", "no backup " + versionId + " of " + document.fileName()));
        String keptAs;
        synchronized (lockFor(document)) {
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
                throw remember(new StorageException(writeErrorKey(e), "cannot restore " + target + ": " + e.getMessage(), e));
            }
            cache.put(document, content);
            changeLogs.replaced(document, ChangeLogs.version(bytes));
            written.remove(document);
            damaged.remove(document);
            succeeded();
            log.info("{} restored from backup {}; the version it replaced is kept as {}", document.fileName(), versionId,
                    keptAs);
        }
        // outside the document's lock: a listener (the clients directory) takes its own lock and then reads
        listeners.forEach(listener -> listener.accept(document));
        return keptAs;
    }

    /**
     * Keeps the file a restore replaces: a damaged one is copied to {@code damaged/} (never into the backups, where it
     * would be offered for restoring), a good one goes to the backups like before any change.
     */
    private String keepCurrent(Document document, Path target) throws IOException {
        if (!Files.exists(target)) {
            return "";
        }
        if (!damaged.containsKey(document) && problem(document).isEmpty()) {
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
            read(document);
        } catch (DamagedDocumentException e) {
            return;
        }
        compact(document);
    }

    private ObjectNode load(Document document) {
        Path file = folder.resolve(document.fileName());
        Damaged known = damaged.get(document);
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            Instant modified = attributes.lastModifiedTime().toInstant();
            long logSize = changeLogs.logSize(document);
            if (known != null && known.modified().equals(modified) && known.size() == attributes.size()
                    && known.logSize() == logSize) {
                throw known.error();
            }
            try {
                byte[] bytes = Files.readAllBytes(file);
                ObjectNode content = changeLogs.load(document, bytes, DocumentJson.parse(document, bytes),
                        replayed -> reader.check(document, replayed));
                if (known != null) {
                    log.info("{} loads again (fixed by hand)", document.fileName());
                }
                damaged.remove(document);
                succeeded();
                return content;
            } catch (DamagedDocumentException e) {
                if (known == null || !known.error().problem().equals(e.problem())) {
                    log.error("{} is damaged and is left untouched: {}. Nothing is read from it or written over it "
                            + "until a backup is restored (banner on every page) or the file is fixed.",
                            document.fileName(), e.problem().detail());
                }
                damaged.put(document, new Damaged(e, modified, attributes.size(), logSize));
                throw e;
            }
        } catch (NoSuchFileException e) {
            damaged.remove(document);
            changeLogs.absent(document);
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

    private Object lockFor(Document document) {
        return locks.computeIfAbsent(document, d -> new Object());
    }
}
