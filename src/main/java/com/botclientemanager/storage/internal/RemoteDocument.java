package com.botclientemanager.storage.internal;

import com.botclientemanager.storage.DocumentChange;
import com.botclientemanager.storage.DocumentProblem;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * What the {@link GitHubDocumentStore} knows of one file: the version last read or written, and this app's changes not
 * committed. Guarded by the store's monitor.
 */
final class RemoteDocument {

    // the store's logger: these lines are about its files, and a log level set for the store keeps covering them
    private static final Logger log = LoggerFactory.getLogger(GitHubDocumentStore.class);

    ObjectNode base;
    String sha;
    String etag;
    ObjectNode view;
    final List<DocumentChange> pending = new ArrayList<>();
    boolean flushScheduled;
    DocumentProblem damaged;

    RemoteDocument(ObjectNode base, GitHubContents.Fetched fetched) {
        this.base = base;
        this.view = base;
        this.sha = fetched.sha();
        this.etag = fetched.etag();
    }

    /** Applies the queued changes; one that no longer applies (its record is gone) is dropped and logged. */
    ObjectNode applyPending(ObjectNode content) {
        ObjectNode result = content;
        for (var it = pending.iterator(); it.hasNext(); ) {
            DocumentChange change = it.next();
            try {
                result = change.apply().apply(result);
            } catch (RuntimeException e) {
                log.warn("GitHub store: change \"{}\" no longer applies and is dropped: {}", change.description(), e.toString());
                it.remove();
            }
        }
        return result;
    }

    void committed(ObjectNode content, String newSha, int count) {
        base = content;
        sha = newSha;
        pending.subList(0, count).clear();
        view = applyPending(content.deepCopy());
    }
}
