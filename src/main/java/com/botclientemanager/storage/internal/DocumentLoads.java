package com.botclientemanager.storage.internal;

import com.botclientemanager.storage.DamagedDocumentException;
import com.botclientemanager.storage.Document;
import com.botclientemanager.storage.DocumentProblem;
import com.botclientemanager.storage.StorageException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@link GitHubDocumentStore}'s files loaded on first use; a load that failed is remembered, and answered with the
 * same error, for a while rather than asked of GitHub on every call. A load runs holding the store's monitor
 * ({@code lock}), as it always has: two callers of one document get one request.
 */
final class DocumentLoads {

    private static final Duration LOAD_RETRY = Duration.ofSeconds(15);

    private final Object lock;
    private final Map<Document, RemoteDocument> documents;
    private final GitHubContents github;
    private final Clock clock;
    private final DocumentReader reader;
    private final GitHubSyncStatus sync;
    /** Guarded by {@code lock}. */
    private final Map<Document, FailedLoad> failedLoads = new HashMap<>();

    private record FailedLoad(Instant at, StorageException error) {
    }

    DocumentLoads(Object lock, Map<Document, RemoteDocument> documents, GitHubContents github, Clock clock,
            DocumentReader reader, GitHubSyncStatus sync) {
        this.lock = lock;
        this.documents = documents;
        this.github = github;
        this.clock = clock;
        this.reader = reader;
        this.sync = sync;
    }

    RemoteDocument loaded(Document document) {
        synchronized (lock) {
            RemoteDocument remote = documents.get(document);
            if (remote != null) {
                return remote;
            }
            FailedLoad failed = failedLoads.get(document);
            if (failed != null && failed.at().plus(LOAD_RETRY).isAfter(clock.instant())) {
                throw failed.error();
            }
            try {
                GitHubContents.Fetched fetched = github.fetch(document, null);
                remote = new RemoteDocument(reader.read(document, fetched.content()), fetched);
            } catch (StorageException e) {
                failedLoads.put(document, new FailedLoad(clock.instant(), e));
                throw sync.failed(e);
            }
            failedLoads.remove(document);
            documents.put(document, remote);
            sync.succeeded();
            return remote;
        }
    }

    /** Forgets a failed load of the document (restored or deleted since); call it holding the lock. */
    void forgetFailure(Document document) {
        failedLoads.remove(document);
    }

    /** Adds the problems of the members whose load failed because they are damaged; call it holding the lock. */
    void addDamagedMembers(List<DocumentProblem> problems) {
        failedLoads.forEach((document, failed) -> {
            if (document.isMember() && failed.error() instanceof DamagedDocumentException damaged) {
                problems.add(damaged.problem());
            }
        });
    }
}
