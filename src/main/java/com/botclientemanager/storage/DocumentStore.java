package com.botclientemanager.storage;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import tools.jackson.databind.node.ObjectNode;

/**
 * The storage port for the app's JSON documents. Two adapters, chosen by {@code app.storage.type}: local files under
 * {@code app.data-dir} (default) and a GitHub repository.
 */
public interface DocumentStore extends AutoCloseable {

    /**
     * The current content of a document, an empty object when it does not exist yet. Callers must treat the result as
     * read-only (it may be the store's cached tree).
     *
     * @throws DamagedDocumentException when the document does not parse or holds values out of range
     * @throws StorageException when the stored document cannot be read
     */
    ObjectNode read(Document document);

    /**
     * Applies a change and stores the result. The local adapter writes it atomically before returning; the GitHub
     * adapter makes it visible to {@link #read} at once and commits it shortly after, coalesced with other changes.
     *
     * @throws DamagedDocumentException when the document is damaged: nothing is written over it
     * @throws StorageException when the change cannot be stored; the stored document is then unchanged
     */
    void update(Document document, DocumentChange change);

    /**
     * Why the document is damaged (it does not parse, or a {@link DocumentCheck} found a value out of range); empty
     * when it loads. Loads the document when it was not read yet; a file fixed by hand is noticed here.
     */
    Optional<DocumentProblem> problem(Document document);

    /** The earlier versions of the document that {@link #restore} can bring back, newest first. */
    List<DocumentVersion> versions(Document document);

    /**
     * Brings back an earlier version. It is parsed and checked first and refused when it is damaged too; only then does
     * it replace the current file, which is kept: a damaged file is copied to {@code damaged/} (local) or stays in the
     * repository's history (GitHub), a good one goes to the backups like any other change.
     *
     * @return where the version it replaced is kept, for the person to find it (a path, or a commit sha)
     * @throws DamagedDocumentException when that version is damaged too; nothing changed
     * @throws StorageException when it cannot be read or stored; nothing changed
     */
    String restore(Document document, String versionId);

    /**
     * The keys of the members of a family that exist (e.g. {@code 2026-10}, {@code 2026-11} of {@link Document#PAYMENTS}),
     * in ascending order. Lists names only: no member is loaded.
     */
    List<String> members(Document family);

    /**
     * Every damaged document known: the fixed ones (loaded when not yet), and the members of a family and a module's own
     * documents (such as {@code plans.json}) read so far. One damaged member does not stop the others from being read
     * and changed.
     */
    List<DocumentProblem> problems();

    /**
     * Takes a document out of use once its content lives elsewhere (a migration), after every change made so far is
     * stored: the local file is renamed to a backup name beside it, the GitHub file is deleted in one commit (its content
     * stays in the history). Nothing happens when it does not exist.
     *
     * @return where its content is kept (a path, or the commit that deleted it), empty when it did not exist
     * @throws StorageException when it cannot be done now; the document is then unchanged
     */
    String retire(Document document, String description);

    /** What the settings page shows about the store: where it is, when it last synced, what is pending, the last error. */
    StorageStatus status();

    /**
     * Checks that the store can be used now (local: the folder is writable; GitHub: the repository and branch are
     * reachable and writable with the token) and returns the status, with the problem found as its last error.
     */
    StorageStatus testConnection();

    /** Called with a document that changed outside this app (an edit on github.com) or was restored from a backup. */
    void onExternalChange(Consumer<Document> listener);

    /**
     * Writes what is still pending (the GitHub store's gathered edits) when the app stops. Declared here so Spring
     * finds it from the bean's declared type: the build-time (AOT) bean definitions only know that type.
     */
    @Override
    default void close() {
    }
}
