package com.botclientemanager.storage.internal;

import com.botclientemanager.storage.DamagedDocumentException;
import com.botclientemanager.storage.Document;
import com.botclientemanager.storage.DocumentProblem;
import java.io.IOException;
import java.nio.file.Files;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * A document's change log replayed onto its file's content as the file is loaded: a torn last line (a crash while
 * appending it, so its change was never reported stored) is dropped; a log written for another version of the file is
 * stale and removed; any other line that does not apply makes the document damaged.
 */
final class ChangeLogReplay {

    // the store's logger: these lines are about its files, and a log level set for the store keeps covering them
    private static final Logger log = LoggerFactory.getLogger(LocalDocumentStore.class);

    /** The content with every logged change, and the lines and bytes of the log it stays beside (none: 0). */
    record Replayed(ObjectNode content, int lines, long logBytes) {
    }

    private ChangeLogReplay() {
    }

    static Replayed replay(Document document, ChangeLog changeLog, ChangeLog.FileVersion file, ObjectNode content)
            throws IOException {
        ChangeLog.Content logged = changeLog.read();
        if (logged == null) {
            removeStale(changeLog);
            return new Replayed(content, 0, 0);
        }
        if (logged.torn()) {
            log.warn("{}: the last line of {} was cut off (the app stopped while storing that change, which was never "
                    + "reported as saved); it is dropped", document.fileName(), changeLog.path().getFileName());
        }
        if (!logged.appliesTo().equals(file)) {
            log.warn("{}: {} was written for an earlier version of the file (which already holds its changes); it is "
                    + "removed", document.fileName(), changeLog.path().getFileName());
            changeLog.delete();
            return new Replayed(content, 0, 0);
        }
        ListReplay replay = new ListReplay(content);
        for (int i = 0; i < logged.lines().size(); i++) {
            try {
                replay.apply(ChangeLog.parse(logged.lines().get(i)));
            } catch (RuntimeException e) {
                String name = changeLog.path().getFileName().toString();
                throw new DamagedDocumentException(DocumentProblem.of(document, "storage.damaged.log",
                        "line " + (i + 2) + " of the change log " + name + " cannot be read: " + e.getMessage(), name,
                        i + 2));
            }
        }
        return new Replayed(replay.result(), logged.lines().size(), Files.size(changeLog.path()));
    }

    /** Removes a log that applies to no file; one that cannot be removed is ignored and removed on a later load. */
    static void removeStale(ChangeLog changeLog) {
        try {
            changeLog.delete();
        } catch (IOException e) {
            log.warn("cannot remove the stale {}: {}", changeLog, e.getMessage());
        }
    }
}
