package com.botclientemanager.storage.internal;

import com.botclientemanager.storage.DamagedDocumentException;
import com.botclientemanager.storage.Document;
import com.botclientemanager.storage.StorageException;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Changes made to the {@link GitHubDocumentStore}'s files elsewhere: the poll of each loaded file, and the merge of a
 * new version under this app's queued changes (also after a conflict). Takes the store's monitor ({@code lock}) where
 * the store did, never across a request to GitHub.
 */
final class RemoteChanges {

    // the store's logger: these lines are about its files, and a log level set for the store keeps covering them
    private static final Logger log = LoggerFactory.getLogger(GitHubDocumentStore.class);

    private final Object lock;
    private final Map<Document, RemoteDocument> documents;
    private final GitHubContents github;
    private final Clock clock;
    private final DocumentReader reader;
    private final List<Consumer<Document>> listeners;
    private final GitHubSyncStatus sync;

    RemoteChanges(Object lock, Map<Document, RemoteDocument> documents, GitHubContents github, Clock clock,
            DocumentReader reader, List<Consumer<Document>> listeners, GitHubSyncStatus sync) {
        this.lock = lock;
        this.documents = documents;
        this.github = github;
        this.clock = clock;
        this.reader = reader;
        this.listeners = listeners;
        this.sync = sync;
    }

    /** Runs on the worker every poll interval: a conditional GET per loaded document. */
    void poll() {
        List<Document> loaded;
        synchronized (lock) {
            loaded = List.copyOf(documents.keySet());
        }
        if (github.quietUntil().isAfter(clock.instant())) {
            return;
        }
        for (Document document : loaded) {
            String etag;
            synchronized (lock) {
                RemoteDocument remote = documents.get(document);
                if (remote == null) {
                    continue; // retired
                }
                etag = remote.etag;
            }
            try {
                GitHubContents.Fetched fetched = github.fetch(document, etag);
                if (fetched != GitHubContents.NOT_MODIFIED) {
                    rebase(document, fetched);
                }
                sync.succeeded();
            } catch (StorageException e) {
                sync.failed(e);
                markMalformed(document, e);
            } catch (RuntimeException e) {
                log.warn("GitHub store: polling {} failed: {}", document.fileName(), e.toString());
            }
        }
    }

    void rebase(Document document, GitHubContents.Fetched fetched) {
        boolean changedElsewhere;
        synchronized (lock) {
            RemoteDocument remote = documents.get(document);
            if (remote == null) {
                return; // retired meanwhile
            }
            if (fetched == GitHubContents.MISSING) {
                // deleted elsewhere: keep the last good copy; the next commit creates the file again
                remote.sha = null;
                remote.etag = null;
                return;
            }
            changedElsewhere = !fetched.sha().equals(remote.sha);
            ObjectNode content = changedElsewhere ? reader.read(document, fetched.content()) : null;
            remote.damaged = null;
            remote.etag = fetched.etag();
            if (changedElsewhere) {
                remote.base = content;
                remote.sha = fetched.sha();
                remote.view = remote.applyPending(remote.base.deepCopy());
            }
        }
        if (changedElsewhere) {
            listeners.forEach(listener -> listener.accept(document));
        }
    }

    /** The file changed elsewhere into a damaged one: the last good copy is still served, changes are refused. */
    void markMalformed(Document document, StorageException e) {
        if (e instanceof DamagedDocumentException damaged) {
            synchronized (lock) {
                RemoteDocument remote = documents.get(document);
                if (remote != null) {
                    remote.damaged = damaged.problem();
                }
            }
        }
    }
}
