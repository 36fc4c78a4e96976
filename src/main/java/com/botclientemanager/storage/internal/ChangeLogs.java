package com.botclientemanager.storage.internal;

import com.botclientemanager.storage.Document;
import com.botclientemanager.storage.DocumentChange;
import com.botclientemanager.storage.StorageException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import java.util.zip.CRC32;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The change logs of a {@link LocalDocumentStore}'s documents: which version of each file is loaded and what its
 * {@link ChangeLog} holds, the append of a change (and when the log is then folded in), the replay on load and the move
 * of a log beside a file that is kept elsewhere. The store calls everything about one document under that document's
 * lock, and folds a log into its file itself ({@code compact}) when the {@link CompactionSchedule} says so.
 */
final class ChangeLogs {

    // the store's logger: these lines are about its files, and a log level set for the store keeps covering them
    private static final Logger log = LoggerFactory.getLogger(LocalDocumentStore.class);
    /** A log is folded in at once past this many lines, or past this share of its file's size. */
    private static final int MAX_LOG_LINES = 500;
    private static final int MAX_LOG_SHARE = 4;

    private final Path folder;
    private final long logAbove;
    private final CompactionSchedule compactions;
    /** The version of each loaded file and what its change log holds. */
    private final Map<Document, FileState> files = new ConcurrentHashMap<>();
    /** The ids in the lists of each big document's cached version, to find what a change did without a look-up of all. */
    private final Map<Document, ListChanges> ids = new ConcurrentHashMap<>();
    private volatile boolean closed;

    /** A loaded file's version, and the lines and bytes of its change log (none: 0). Guarded by the document's lock. */
    private static final class FileState {
        final ChangeLog.FileVersion version;
        int lines;
        long logBytes;

        FileState(ChangeLog.FileVersion version) {
            this.version = version;
        }
    }

    /**
     * @param logAbove a file bigger than this many bytes gets a change log instead of being rewritten per change
     * @param quiet    how long a document has no change before {@code compact} folds its log into the file
     */
    ChangeLogs(Path folder, long logAbove, Duration quiet, Consumer<Document> compact) {
        this.folder = folder;
        this.logAbove = logAbove;
        this.compactions = new CompactionSchedule(quiet, compact);
    }

    /**
     * Appends what the change did to the log of a big file, when it only put or removed elements of its lists (and is
     * not empty). False when it is not logged: the whole document is to be written.
     *
     * @throws StorageException when the log cannot be appended to
     */
    boolean logged(Document document, DocumentChange change, ObjectNode current, ObjectNode changed) {
        FileState state = files.get(document);
        if (!(change.replacesElements() && !closed && state != null && state.version.size() > logAbove)) {
            return false;
        }
        ListChanges known = ids.get(document);
        if (known == null || !known.indexes(current)) {
            known = ListChanges.of(current);
            ids.put(document, known);
        }
        Optional<ObjectNode> line = known.to(changed);
        if (line.isEmpty()) {
            return false;
        }
        append(document, state, line.get());
        return true;
    }

    private void append(Document document, FileState state, ObjectNode line) {
        if (line.isEmpty()) {
            return; // nothing changed
        }
        ChangeLog changeLog = changeLog(document);
        try {
            if (state.lines == 0) {
                state.logBytes = changeLog.start(state.version);
            }
            state.logBytes += changeLog.append(line, state.logBytes);
            state.lines++;
        } catch (IOException e) {
            throw new StorageException(LocalStoreStatus.writeErrorKey(e), "cannot append to " + changeLog + ": "
                    + e.getMessage(), e);
        }
        compactions.changed(document, state.lines >= MAX_LOG_LINES
                || state.logBytes > state.version.size() / MAX_LOG_SHARE);
    }

    /** The file now holds this version and every change: its log (if any) no longer applies. */
    void replaced(Document document, ChangeLog.FileVersion version) {
        FileState before = files.put(document, new FileState(version));
        ChangeLog changeLog = changeLog(document);
        if (before == null || before.lines > 0 || changeLog.exists()) {
            try {
                changeLog.delete();
            } catch (IOException e) {
                // its header no longer matches the file: the next load ignores and removes it
                log.warn("cannot remove {} after the file was written: {}", changeLog, e.getMessage());
            }
        }
    }

    /** The lines logged since the document's file was last written (0: nothing to fold in). */
    int lines(Document document) {
        FileState state = files.get(document);
        return state == null ? 0 : state.lines;
    }

    /** The documents loaded, whose logs may need folding in. */
    List<Document> loaded() {
        return List.copyOf(files.keySet());
    }

    /** Logs no more changes and stops the background fold-in, waiting (bounded) for one under way. */
    void close(Duration wait) {
        closed = true;
        compactions.close(wait);
    }

    /** The document's file was moved away (retired): nothing is known of it any more. */
    void forget(Document document) {
        files.remove(document);
        ids.remove(document);
    }

    /** The size of the document's log; -1 when it has none. */
    long logSize(Document document) throws IOException {
        ChangeLog changeLog = changeLog(document);
        return changeLog.exists() ? Files.size(changeLog.path()) : -1;
    }

    /**
     * The file's content with its change log replayed ({@link ChangeLogReplay}), then checked; remembered as the loaded
     * version, with a fold-in scheduled when the log holds changes.
     */
    ObjectNode load(Document document, byte[] bytes, ObjectNode parsed, UnaryOperator<ObjectNode> check)
            throws IOException {
        FileState state = new FileState(version(bytes));
        ChangeLogReplay.Replayed replayed = ChangeLogReplay.replay(document, changeLog(document), state.version,
                parsed);
        ObjectNode content = check.apply(replayed.content());
        state.lines = replayed.lines();
        state.logBytes = replayed.logBytes();
        files.put(document, state);
        if (state.version.size() > logAbove) {
            ids.put(document, ListChanges.of(content)); // at load, so the first change does not pay for it
        }
        if (state.lines > 0) {
            compactions.changed(document, false);
        }
        return content;
    }

    /** The document has no file: a log beside it is stale. */
    void absent(Document document) {
        files.remove(document);
        ChangeLogReplay.removeStale(changeLog(document));
    }

    /** A log that could not be folded in goes beside the copy of its file: {@code damaged/clients.<stamp>.json.log}. */
    void moveBeside(Document document, Path keptFile) throws IOException {
        ChangeLog changeLog = changeLog(document);
        if (changeLog.exists()) {
            Files.move(changeLog.path(), keptFile.resolveSibling(keptFile.getFileName() + ".log"),
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        files.remove(document);
    }

    static ChangeLog.FileVersion version(byte[] bytes) {
        CRC32 crc = new CRC32();
        crc.update(bytes);
        return new ChangeLog.FileVersion(bytes.length, crc.getValue());
    }

    private ChangeLog changeLog(Document document) {
        return new ChangeLog(folder.resolve(document.fileName()));
    }
}
