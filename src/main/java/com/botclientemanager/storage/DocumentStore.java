package com.botclientemanager.storage;

import java.util.function.Consumer;
import tools.jackson.databind.node.ObjectNode;

/**
 * The storage port for the app's JSON documents. Two adapters, chosen by {@code app.storage.type}: local files under
 * {@code app.data-dir} (default) and a GitHub repository.
 */
public interface DocumentStore {

    /**
     * The current content of a document, an empty object when it does not exist yet. Callers must treat the result as
     * read-only (it may be the store's cached tree).
     *
     * @throws StorageException when the stored document cannot be read or is not valid JSON
     */
    ObjectNode read(Document document);

    /**
     * Applies a change and stores the result. The local adapter writes it atomically before returning; the GitHub
     * adapter makes it visible to {@link #read} at once and commits it shortly after, coalesced with other changes.
     *
     * @throws StorageException when the change cannot be stored; the stored document is then unchanged
     */
    void update(Document document, DocumentChange change);

    /** What the settings page shows about the store: where it is, when it last synced, what is pending, the last error. */
    StorageStatus status();

    /**
     * Checks that the store can be used now (local: the folder is writable; GitHub: the repository and branch are
     * reachable and writable with the token) and returns the status, with the problem found as its last error.
     */
    StorageStatus testConnection();

    /** Called with a document that changed outside this app (for example an edit on github.com). */
    void onExternalChange(Consumer<Document> listener);
}
