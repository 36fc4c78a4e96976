package com.botclientemanager.storage.internal;

import com.botclientemanager.storage.Document;
import com.botclientemanager.storage.DocumentChange;
import com.botclientemanager.storage.StorageException;
import com.botclientemanager.storage.StorageProperties;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import tools.jackson.databind.node.ObjectNode;

/**
 * The {@link GitHubDocumentStore}'s queued changes on their way to GitHub: a burst of them becomes one commit on the
 * worker; on a conflict the file is read again and the changes applied onto it; while GitHub refuses they wait, with a
 * growing pause or the one GitHub asks for. Takes the store's monitor ({@code lock}) where the store did, never across a
 * request to GitHub.
 */
final class CommitQueue {

    private static final int CONFLICT_RETRIES = 5;
    private static final Duration FIRST_BACKOFF = Duration.ofSeconds(5);
    private static final Duration MAX_BACKOFF = Duration.ofMinutes(5);

    private final Object lock;
    private final Map<Document, RemoteDocument> documents;
    private final GitHubContents github;
    private final StorageProperties.GitHub config;
    private final Clock clock;
    private final ScheduledExecutorService worker;
    private final RemoteChanges remoteChanges;
    private final GitHubSyncStatus sync;
    /** Guarded by {@code lock}. */
    private Duration backoff = FIRST_BACKOFF;

    CommitQueue(Object lock, Map<Document, RemoteDocument> documents, GitHubContents github,
            StorageProperties.GitHub config, Clock clock, ScheduledExecutorService worker, RemoteChanges remoteChanges,
            GitHubSyncStatus sync) {
        this.lock = lock;
        this.documents = documents;
        this.github = github;
        this.config = config;
        this.clock = clock;
        this.worker = worker;
        this.remoteChanges = remoteChanges;
        this.sync = sync;
    }

    /** The documents with changes not committed yet; call it holding the lock. */
    List<Document> queued() {
        return documents.entrySet().stream().filter(e -> !e.getValue().pending.isEmpty()).map(Map.Entry::getKey).toList();
    }

    /** Schedules the document's commit after the commit delay unless one is scheduled already; call it holding the lock. */
    void commitLater(RemoteDocument remote, Document document) {
        flushLater(remote, document, config.commitDelay());
    }

    /** Schedules the document's commit after {@code wait} unless one is scheduled already; call it holding the lock. */
    private void flushLater(RemoteDocument remote, Document document, Duration wait) {
        if (!remote.flushScheduled) {
            remote.flushScheduled = true;
            schedule(() -> flush(document), wait);
        }
    }

    /** Runs on the worker: one PUT with every queued change of the document. */
    void flush(Document document) {
        for (int attempt = 1; ; attempt++) {
            List<DocumentChange> changes;
            ObjectNode content;
            String sha;
            synchronized (lock) {
                RemoteDocument remote = documents.get(document);
                if (remote == null) {
                    return; // retired
                }
                remote.flushScheduled = false;
                if (remote.pending.isEmpty()) {
                    return;
                }
                Duration quiet = Duration.between(clock.instant(), github.quietUntil());
                if (remote.damaged != null || quiet.isPositive()) {
                    flushLater(remote, document, quiet.isPositive() ? quiet : config.pollInterval());
                    return;
                }
                content = remote.applyPending(remote.base.deepCopy());
                changes = List.copyOf(remote.pending);
                sha = remote.sha;
            }
            try {
                String newSha = github.put(document, DocumentJson.write(content), sha, describe(changes));
                synchronized (lock) {
                    RemoteDocument remote = documents.get(document);
                    remote.committed(content, newSha, changes.size());
                    backoff = FIRST_BACKOFF;
                    if (!remote.pending.isEmpty()) {
                        commitLater(remote, document);
                    }
                }
                sync.succeeded();
                return;
            } catch (GitHubException e) {
                if (e.conflict() && attempt < CONFLICT_RETRIES && refetch(document)) {
                    continue;
                }
                sync.failed(e);
                synchronized (lock) {
                    flushLater(documents.get(document), document, nextWait(e));
                }
                return;
            } catch (RuntimeException e) {
                sync.failed(new StorageException("storage.error.write", "commit failed: " + e.getMessage(), e));
                synchronized (lock) {
                    flushLater(documents.get(document), document, nextWait(null));
                }
                return;
            }
        }
    }

    /** Re-reads the document after a conflict and re-applies the queued changes; false when it cannot be read. */
    private boolean refetch(Document document) {
        try {
            GitHubContents.Fetched fetched = github.fetch(document, null);
            remoteChanges.rebase(document, fetched);
            return true;
        } catch (StorageException e) {
            sync.failed(e);
            remoteChanges.markMalformed(document, e);
            return false;
        }
    }

    /** The pause before the next attempt; called holding the lock. */
    private Duration nextWait(GitHubException e) {
        if (e != null && e.retryAfter() != null) {
            return e.retryAfter().plusSeconds(1);
        }
        Duration wait = backoff;
        backoff = backoff.multipliedBy(2).compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : backoff.multipliedBy(2);
        return wait;
    }

    private void schedule(Runnable task, Duration delay) {
        if (!worker.isShutdown()) {
            worker.schedule(task, Math.max(0, delay.toMillis()), TimeUnit.MILLISECONDS);
        }
    }

    static String describe(List<DocumentChange> changes) {
        if (changes.size() == 1) {
            return changes.getFirst().description();
        }
        StringBuilder message = new StringBuilder(changes.size() + " alterações\n");
        changes.stream().map(DocumentChange::description).distinct().limit(30)
                .forEach(d -> message.append("\n- ").append(d));
        return message.toString();
    }
}
