package com.botclientemanager.storage.internal;

import com.botclientemanager.storage.Document;
import com.botclientemanager.storage.StorageException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The {@link GitHubDocumentStore}'s writes of a whole file, run on its worker like every write while the caller waits:
 * a restore commits the file as it was in an earlier commit, a retire deletes it; what they replace stays in the
 * repository's history. Takes the store's monitor ({@code lock}) where the store did, never across a request to GitHub.
 */
final class WholeFileCommits {

    // the store's logger: these lines are about its files, and a log level set for the store keeps covering them
    private static final Logger log = LoggerFactory.getLogger(GitHubDocumentStore.class);
    private static final Duration WAIT = Duration.ofSeconds(90);
    private static final Pattern COMMIT_SHA = Pattern.compile("[0-9a-f]{40}");

    private final Object lock;
    private final Map<Document, RemoteDocument> documents;
    private final DocumentLoads loads;
    private final GitHubContents github;
    private final DocumentReader reader;
    private final ScheduledExecutorService worker;
    private final CommitQueue commits;
    private final GitHubSyncStatus sync;
    private final List<Consumer<Document>> listeners;

    WholeFileCommits(Object lock, Map<Document, RemoteDocument> documents, DocumentLoads loads, GitHubContents github,
            DocumentReader reader, ScheduledExecutorService worker, CommitQueue commits, GitHubSyncStatus sync,
            List<Consumer<Document>> listeners) {
        this.lock = lock;
        this.documents = documents;
        this.loads = loads;
        this.github = github;
        this.reader = reader;
        this.worker = worker;
        this.commits = commits;
        this.sync = sync;
        this.listeners = listeners;
    }

    /** Deletes the file on the worker and waits for it (see {@link GitHubDocumentStore#retire}). */
    String retire(Document document, String description) {
        return onWorker(() -> retireNow(document, description), "retire",
                "interrupted while retiring " + document.fileName());
    }

    /** Restores the file on the worker and waits for it (see {@link GitHubDocumentStore#restore}). */
    String restore(Document document, String versionId) {
        if (versionId == null || !COMMIT_SHA.matcher(versionId).matches()) {
            throw new StorageException("storage.error.restore.unknown-backup", "not a commit sha: " + versionId);
        }
        return onWorker(() -> restoreNow(document, versionId), "restore", "interrupted while restoring");
    }

    /** Runs a write on the worker and waits for it; {@code what} names it in the messages of its failures. */
    private String onWorker(Callable<String> write, String what, String interrupted) {
        try {
            return worker.submit(write).get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof StorageException storage ? storage
                    : new StorageException("storage.error.write", what + " failed: " + e.getCause(), e.getCause());
        } catch (TimeoutException e) {
            throw new StorageException("storage.error.github.unavailable", what + " did not finish in " + WAIT);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StorageException("storage.error.write", interrupted);
        }
    }

    /** Commits every queued change first (so the content that moved is in the repository before its old file goes). */
    private String retireNow(Document document, String description) {
        List<Document> toFlush;
        synchronized (lock) {
            toFlush = commits.queued();
        }
        toFlush.forEach(commits::flush);
        synchronized (lock) {
            int pending = documents.values().stream().mapToInt(d -> d.pending.size()).sum();
            if (pending > 0) {
                StorageException lastError = sync.lastError();
                throw lastError != null ? lastError : new StorageException("storage.error.github.unavailable",
                        pending + " change(s) not committed yet; " + document.fileName() + " is kept for now");
            }
        }
        GitHubContents.Fetched current = github.fetch(document, null);
        if (current == GitHubContents.MISSING) {
            return "";
        }
        String commit = github.delete(document, current.sha(), description);
        synchronized (lock) {
            documents.remove(document);
            loads.forgetFailure(document);
        }
        sync.succeeded();
        log.info("GitHub store: {} deleted ({}); its content stays in the history, commit {}", document.fileName(),
                description, commit);
        return commit;
    }

    /** Changes made in the app and not committed yet are applied on top of the restored version. */
    private String restoreNow(Document document, String commit) {
        GitHubContents.Fetched old = github.fetchAt(document, commit);
        if (old == GitHubContents.MISSING) {
            throw new StorageException("storage.error.restore.unknown-backup",
                    document.fileName() + " does not exist in commit " + commit);
        }
        ObjectNode content = reader.read(document, old.content());
        GitHubContents.Fetched current = github.fetch(document, null);
        String replaced = github.history(document, 1).stream().findFirst().map(GitHubContents.Commit::sha).orElse("");
        String newSha = github.put(document, old.content(), current == GitHubContents.MISSING ? null : current.sha(),
                "Restaura " + document.fileName() + " da versão " + shortSha(commit)
                        + (replaced.isEmpty() ? "" : " (a versão substituída continua no histórico: " + shortSha(replaced) + ")"));
        synchronized (lock) {
            loads.forgetFailure(document);
            RemoteDocument remote = documents.get(document);
            if (remote == null) {
                documents.put(document, new RemoteDocument(content, new GitHubContents.Fetched(old.content(), newSha, null)));
            } else {
                remote.base = content;
                remote.sha = newSha;
                remote.etag = null;
                remote.damaged = null;
                remote.view = remote.applyPending(content.deepCopy());
                if (!remote.pending.isEmpty()) {
                    commits.commitLater(remote, document);
                }
            }
        }
        sync.succeeded();
        log.info("GitHub store: {} restored from commit {}; the version it replaced stays in the history ({})",
                document.fileName(), commit, replaced);
        listeners.forEach(listener -> listener.accept(document));
        return replaced;
    }

    private static String shortSha(String sha) {
        return sha.length() > 7 ? sha.substring(0, 7) : sha;
    }
}
