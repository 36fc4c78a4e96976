package com.botclientemanager.storage.internal;

import com.botclientemanager.storage.DamagedDocumentException;
import com.botclientemanager.storage.Document;
import com.botclientemanager.storage.StorageException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Loads the {@link LocalDocumentStore}'s files (with their change logs replayed, then checked) and remembers the damaged
 * ones: a damaged file is answered with the same error, without being read again, until its size, its modification time
 * or its log's size changes (a restore, or a fix by hand). The store loads a document under that document's lock.
 */
final class LocalFileLoads {

    // the store's logger: these lines are about its files, and a log level set for the store keeps covering them
    private static final Logger log = LoggerFactory.getLogger(LocalDocumentStore.class);

    private final Path folder;
    private final DocumentReader reader;
    private final ChangeLogs changeLogs;
    private final LocalStoreStatus status;
    private final Map<Document, Damaged> damaged = new ConcurrentHashMap<>();

    /** A damaged file as it was when last read: read again only once it changed on disk. */
    private record Damaged(DamagedDocumentException error, Instant modified, long size, long logSize) {
    }

    LocalFileLoads(Path folder, DocumentReader reader, ChangeLogs changeLogs, LocalStoreStatus status) {
        this.folder = folder;
        this.reader = reader;
        this.changeLogs = changeLogs;
        this.status = status;
    }

    /**
     * The document's content, an empty one when it has no file.
     *
     * @throws DamagedDocumentException when the file or its log does not parse or a check refuses it
     * @throws StorageException when the file cannot be read
     */
    ObjectNode load(Document document) {
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
                status.succeeded();
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
            throw status.remember(new StorageException("storage.error.read", "cannot read " + file + ": "
                    + e.getMessage(), e));
        } catch (StorageException e) {
            throw status.remember(e);
        }
    }

    /** Whether the document was damaged when it was last loaded. */
    boolean knownDamaged(Document document) {
        return damaged.containsKey(document);
    }

    /** The document's file was replaced (restored) or moved away (retired): it is no longer known to be damaged. */
    void forget(Document document) {
        damaged.remove(document);
    }

    /** The damaged documents known that are not fixed ones (members of a family, modules' own documents), by name. */
    List<Document> damagedBeyondFixed() {
        return damaged.keySet().stream().filter(document -> !List.of(Document.values()).contains(document))
                .sorted(Comparator.comparing(Document::fileName)).toList();
    }
}
