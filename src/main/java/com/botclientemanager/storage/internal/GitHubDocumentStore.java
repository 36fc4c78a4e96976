package com.botclientemanager.storage.internal;

import com.botclientemanager.storage.DamagedDocumentException;
import com.botclientemanager.storage.Document;
import com.botclientemanager.storage.DocumentChange;
import com.botclientemanager.storage.DocumentProblem;
import com.botclientemanager.storage.DocumentStore;
import com.botclientemanager.storage.DocumentVersion;
import com.botclientemanager.storage.StorageException;
import com.botclientemanager.storage.StorageProperties;
import com.botclientemanager.storage.StorageStatus;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.TreeSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Pattern;
import java.util.function.Consumer;
import okhttp3.OkHttpClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Documents in a GitHub repository. Reads are served from memory; the repository is polled with {@code If-None-Match}.
 * Changes are visible at once and committed by one background thread, a burst of them as one commit. On a conflict the
 * file is read again and the queued changes (pure functions keyed by id) are applied onto it, so neither side's edit is
 * lost. While GitHub refuses (token, permissions, rate limits, outage) the last good copy is served and the changes stay
 * queued, counted in {@link StorageStatus#pendingChanges()}. A file that does not parse or holds values out of range
 * (see {@link DocumentReader}) is damaged: while it is, changes are refused and the last good copy, if any, is served;
 * its earlier versions are the file's previous commits.
 */
public class GitHubDocumentStore implements DocumentStore, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(GitHubDocumentStore.class);
    private static final int CONFLICT_RETRIES = 5;
    private static final Duration FIRST_BACKOFF = Duration.ofSeconds(5);
    private static final Duration MAX_BACKOFF = Duration.ofMinutes(5);
    private static final Duration LOAD_RETRY = Duration.ofSeconds(15);
    private static final Duration RESTORE_WAIT = Duration.ofSeconds(90);
    private static final int VERSIONS = 20;
    private static final Pattern COMMIT_SHA = Pattern.compile("[0-9a-f]{40}");

    private final GitHubContents github;
    private final StorageProperties.GitHub config;
    private final Clock clock;
    private final DocumentReader reader;
    private final ScheduledExecutorService worker;
    private final Map<Document, RemoteDocument> documents = new HashMap<>();
    private final Map<Document, FailedLoad> failedLoads = new HashMap<>();
    /** The last listing of each family's folder: read again after a poll interval, not on every call. */
    private final Map<String, Listing> listings = new HashMap<>();
    private final List<Consumer<Document>> listeners = new CopyOnWriteArrayList<>();
    private volatile Instant lastSync;
    private volatile StorageException lastError;
    private Duration backoff = FIRST_BACKOFF;

    private record FailedLoad(Instant at, StorageException error) {
    }

    private record Listing(Instant at, List<String> names) {
    }

    GitHubDocumentStore(GitHubContents github, StorageProperties.GitHub config, Clock clock, DocumentReader reader) {
        this.github = github;
        this.config = config;
        this.clock = clock;
        this.reader = reader;
        this.worker = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "github-store");
            thread.setDaemon(true);
            return thread;
        });
        long poll = config.pollInterval().toMillis();
        worker.scheduleWithFixedDelay(this::poll, poll, poll, TimeUnit.MILLISECONDS);
    }

    /** A store talking to the configured GitHub API with its own HTTP client. */
    public static GitHubDocumentStore create(StorageProperties.GitHub config, Clock clock) {
        return create(config, clock, DocumentReader.PARSE_ONLY);
    }

    /** The same, checking each file it loads with the modules' {@link com.botclientemanager.storage.DocumentCheck}s. */
    public static GitHubDocumentStore create(StorageProperties.GitHub config, Clock clock, DocumentReader reader) {
        OkHttpClient http = new OkHttpClient.Builder().connectTimeout(Duration.ofSeconds(10))
                .readTimeout(Duration.ofSeconds(60)).writeTimeout(Duration.ofSeconds(60)).build();
        return new GitHubDocumentStore(new GitHubContents(http, config, clock), config, clock, reader);
    }

    @Override
    public ObjectNode read(Document document) {
        return loaded(document).view;
    }

    @Override
    public void update(Document document, DocumentChange change) {
        synchronized (this) {
            RemoteDocument remote = loaded(document);
            if (remote.damaged != null) {
                throw new DamagedDocumentException(remote.damaged);
            }
            remote.view = change.apply().apply(DocumentCopies.forChange(remote.view, change));
            remote.pending.add(change);
            if (!remote.flushScheduled) {
                remote.flushScheduled = true;
                schedule(() -> flush(document), config.commitDelay());
            }
        }
    }

    @Override
    public synchronized StorageStatus status() {
        int pending = documents.values().stream().mapToInt(d -> d.pending.size()).sum();
        StorageException error = lastError;
        return new StorageStatus(StorageProperties.Type.GITHUB, github.location(), lastSync, pending,
                error == null ? null : error.messageKey(), error == null ? null : error.getMessage());
    }

    @Override
    public StorageStatus testConnection() {
        try {
            github.checkAccess();
            succeeded();
        } catch (StorageException e) {
            failed(e);
        }
        return status();
    }

    @Override
    public void onExternalChange(Consumer<Document> listener) {
        listeners.add(listener);
    }

    @Override
    public Optional<DocumentProblem> problem(Document document) {
        try {
            RemoteDocument remote = loaded(document);
            synchronized (this) {
                return Optional.ofNullable(remote.damaged);
            }
        } catch (DamagedDocumentException e) {
            return Optional.of(e.problem());
        } catch (StorageException e) {
            return Optional.empty(); // GitHub not reachable now: not a damaged document
        }
    }

    /** The family's folder on the branch, and the members this app created whose first commit is still pending. */
    @Override
    public List<String> members(Document family) {
        TreeSet<String> keys = new TreeSet<>();
        Listing listing;
        synchronized (this) {
            listing = listings.get(family.name());
        }
        if (listing == null || listing.at().plus(config.pollInterval()).isBefore(clock.instant())) {
            listing = new Listing(clock.instant(), github.list(family));
            synchronized (this) {
                listings.put(family.name(), listing);
            }
        }
        for (String name : listing.names()) {
            if (name.endsWith(".json")) {
                String key = name.substring(0, name.length() - ".json".length());
                try {
                    keys.add(family.member(key).key());
                } catch (IllegalArgumentException e) {
                    // a file the app did not write (e.g. "notas antigas.json"): not a member
                }
            }
        }
        synchronized (this) {
            documents.forEach((document, remote) -> {
                if (document.isMember() && document.sameFamily(family) && (remote.sha != null || !remote.pending.isEmpty())) {
                    keys.add(document.key());
                }
            });
        }
        return List.copyOf(keys);
    }

    @Override
    public List<DocumentProblem> problems() {
        List<DocumentProblem> found = new ArrayList<>();
        for (Document document : Document.values()) {
            problem(document).ifPresent(found::add);
        }
        List<DocumentProblem> members = new ArrayList<>();
        synchronized (this) {
            documents.forEach((document, remote) -> {
                if (!List.of(Document.values()).contains(document) && remote.damaged != null) {
                    members.add(remote.damaged);
                }
            });
            failedLoads.forEach((document, failed) -> {
                if (document.isMember() && failed.error() instanceof DamagedDocumentException damaged) {
                    members.add(damaged.problem());
                }
            });
        }
        members.sort(Comparator.comparing(p -> p.document().fileName()));
        found.addAll(members);
        return found;
    }

    /**
     * On the worker, like every write: commits every queued change first (so the content that moved is in the
     * repository before its old file goes), then deletes the file in one commit.
     */
    @Override
    public String retire(Document document, String description) {
        try {
            return worker.submit(() -> retireNow(document, description)).get(RESTORE_WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof StorageException storage ? storage
                    : new StorageException("storage.error.write", "retire failed: " + e.getCause(), e.getCause());
        } catch (TimeoutException e) {
            throw new StorageException("storage.error.github.unavailable", "retire did not finish in " + RESTORE_WAIT);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StorageException("storage.error.write", "interrupted while retiring " + document.fileName());
        }
    }

    private String retireNow(Document document, String description) {
        List<Document> toFlush;
        synchronized (this) {
            toFlush = documents.entrySet().stream().filter(e -> !e.getValue().pending.isEmpty()).map(Map.Entry::getKey).toList();
        }
        toFlush.forEach(this::flush);
        synchronized (this) {
            int pending = documents.values().stream().mapToInt(d -> d.pending.size()).sum();
            if (pending > 0) {
                throw lastError != null ? lastError : new StorageException("storage.error.github.unavailable",
                        pending + " change(s) not committed yet; " + document.fileName() + " is kept for now");
            }
        }
        GitHubContents.Fetched current = github.fetch(document, null);
        if (current == GitHubContents.MISSING) {
            return "";
        }
        String commit = github.delete(document, current.sha(), description);
        synchronized (this) {
            documents.remove(document);
            failedLoads.remove(document);
        }
        succeeded();
        log.info("GitHub store: {} deleted ({}); its content stays in the history, commit {}", document.fileName(),
                description, commit);
        return commit;
    }

    @Override
    public List<DocumentVersion> versions(Document document) {
        return github.history(document, VERSIONS).stream()
                .map(commit -> new DocumentVersion(commit.sha(), commit.date(), commit.message())).toList();
    }

    /**
     * Commits the file as it was in an earlier commit, on the worker thread like every other write. The version it
     * replaces stays in the repository's history; changes made in the app and not committed yet are applied on top.
     */
    @Override
    public String restore(Document document, String versionId) {
        if (versionId == null || !COMMIT_SHA.matcher(versionId).matches()) {
            throw new StorageException("storage.error.restore.unknown-backup", "not a commit sha: " + versionId);
        }
        try {
            return worker.submit(() -> restoreNow(document, versionId)).get(RESTORE_WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof StorageException storage ? storage
                    : new StorageException("storage.error.write", "restore failed: " + e.getCause(), e.getCause());
        } catch (TimeoutException e) {
            throw new StorageException("storage.error.github.unavailable", "restore did not finish in " + RESTORE_WAIT);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StorageException("storage.error.write", "interrupted while restoring");
        }
    }

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
        synchronized (this) {
            failedLoads.remove(document);
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
                    retryLater(remote, document, config.commitDelay());
                }
            }
        }
        succeeded();
        log.info("GitHub store: {} restored from commit {}; the version it replaced stays in the history ({})",
                document.fileName(), commit, replaced);
        listeners.forEach(listener -> listener.accept(document));
        return replaced;
    }

    private static String shortSha(String sha) {
        return sha.length() > 7 ? sha.substring(0, 7) : sha;
    }

    /** Commits what is queued, waiting at most {@code wait}; called when the app stops. */
    public void flushNow(Duration wait) {
        List<Document> toFlush;
        synchronized (this) {
            toFlush = documents.entrySet().stream().filter(e -> !e.getValue().pending.isEmpty()).map(Map.Entry::getKey).toList();
        }
        try {
            worker.submit(() -> toFlush.forEach(this::flush)).get(wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (Exception e) {
            log.warn("GitHub store: {} change(s) could not be committed before stopping", status().pendingChanges());
        }
    }

    @Override
    public void close() {
        if (!worker.isShutdown()) {
            flushNow(Duration.ofSeconds(10));
            worker.shutdownNow();
        }
    }

    private synchronized RemoteDocument loaded(Document document) {
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
            throw failed(e);
        }
        failedLoads.remove(document);
        documents.put(document, remote);
        succeeded();
        return remote;
    }

    /** Runs on the worker: one PUT with every queued change of the document. */
    private void flush(Document document) {
        for (int attempt = 1; ; attempt++) {
            List<DocumentChange> changes;
            ObjectNode content;
            String sha;
            synchronized (this) {
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
                    retryLater(remote, document, quiet.isPositive() ? quiet : config.pollInterval());
                    return;
                }
                content = remote.applyPending(remote.base.deepCopy());
                changes = List.copyOf(remote.pending);
                sha = remote.sha;
            }
            try {
                String newSha = github.put(document, DocumentJson.write(content), sha, describe(changes));
                synchronized (this) {
                    RemoteDocument remote = documents.get(document);
                    remote.committed(content, newSha, changes.size());
                    backoff = FIRST_BACKOFF;
                    if (!remote.pending.isEmpty() && !remote.flushScheduled) {
                        remote.flushScheduled = true;
                        schedule(() -> flush(document), config.commitDelay());
                    }
                }
                succeeded();
                return;
            } catch (GitHubException e) {
                if (e.conflict() && attempt < CONFLICT_RETRIES && refetch(document)) {
                    continue;
                }
                failed(e);
                synchronized (this) {
                    retryLater(documents.get(document), document, nextWait(e));
                }
                return;
            } catch (RuntimeException e) {
                failed(new StorageException("storage.error.write", "commit failed: " + e.getMessage(), e));
                synchronized (this) {
                    retryLater(documents.get(document), document, nextWait(null));
                }
                return;
            }
        }
    }

    /** Re-reads the document after a conflict and re-applies the queued changes; false when it cannot be read. */
    private boolean refetch(Document document) {
        try {
            GitHubContents.Fetched fetched = github.fetch(document, null);
            rebase(document, fetched);
            return true;
        } catch (StorageException e) {
            failed(e);
            markMalformed(document, e);
            return false;
        }
    }

    /** Runs on the worker every poll interval: a conditional GET per loaded document. */
    private void poll() {
        List<Document> loaded;
        synchronized (this) {
            loaded = List.copyOf(documents.keySet());
        }
        if (github.quietUntil().isAfter(clock.instant())) {
            return;
        }
        for (Document document : loaded) {
            String etag;
            synchronized (this) {
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
                succeeded();
            } catch (StorageException e) {
                failed(e);
                markMalformed(document, e);
            } catch (RuntimeException e) {
                log.warn("GitHub store: polling {} failed: {}", document.fileName(), e.toString());
            }
        }
    }

    private void rebase(Document document, GitHubContents.Fetched fetched) {
        boolean changedElsewhere;
        synchronized (this) {
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
    private void markMalformed(Document document, StorageException e) {
        if (e instanceof DamagedDocumentException damaged) {
            synchronized (this) {
                RemoteDocument remote = documents.get(document);
                if (remote != null) {
                    remote.damaged = damaged.problem();
                }
            }
        }
    }

    private void retryLater(RemoteDocument remote, Document document, Duration wait) {
        if (!remote.flushScheduled) {
            remote.flushScheduled = true;
            schedule(() -> flush(document), wait);
        }
    }

    private synchronized Duration nextWait(GitHubException e) {
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

    private void succeeded() {
        lastError = null;
        lastSync = clock.instant();
    }

    private StorageException failed(StorageException e) {
        lastError = e;
        log.warn("GitHub store: {} ({})", e.getMessage(), e.messageKey());
        return e;
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

    /** What the store knows of one file: the version last read or written, and this app's changes not committed. */
    private static final class RemoteDocument {
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
}
