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
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import okhttp3.OkHttpClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Documents in a GitHub repository. Reads are served from memory; the repository is polled with {@code If-None-Match}
 * ({@link RemoteChanges}). Changes are visible at once and committed by one background thread, a burst of them as one
 * commit ({@link CommitQueue}). On a conflict the file is read again and the queued changes (pure functions keyed by
 * id) are applied onto it, so neither side's edit is lost. While GitHub refuses (token, permissions, rate limits,
 * outage) the last good copy is served and the changes stay queued, counted in {@link StorageStatus#pendingChanges()}.
 * A file that does not parse or holds values out of range (see {@link DocumentReader}) is damaged: while it is, changes
 * are refused and the last good copy, if any, is served; its earlier versions are the file's previous commits.
 * <p>
 * The store's monitor guards everything it holds in memory; the parts it is made of take it where needed.
 */
public class GitHubDocumentStore implements DocumentStore, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(GitHubDocumentStore.class);
    private static final int VERSIONS = 20;

    private final GitHubContents github;
    private final ScheduledExecutorService worker;
    private final Map<Document, RemoteDocument> documents = new HashMap<>();
    private final List<Consumer<Document>> listeners = new CopyOnWriteArrayList<>();
    private final GitHubSyncStatus sync;
    private final DocumentLoads loads;
    private final CommitQueue commits;
    private final WholeFileCommits wholeFiles;
    private final FamilyMembers members;

    GitHubDocumentStore(GitHubContents github, StorageProperties.GitHub config, Clock clock, DocumentReader reader) {
        this.github = github;
        this.worker = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "github-store");
            thread.setDaemon(true);
            return thread;
        });
        this.sync = new GitHubSyncStatus(clock);
        this.loads = new DocumentLoads(this, documents, github, clock, reader, sync);
        RemoteChanges remoteChanges = new RemoteChanges(this, documents, github, clock, reader, listeners, sync);
        this.commits = new CommitQueue(this, documents, github, config, clock, worker, remoteChanges, sync);
        this.wholeFiles = new WholeFileCommits(this, documents, loads, github, reader, worker, commits, sync,
                listeners);
        this.members = new FamilyMembers(this, documents, github, config.pollInterval(), clock);
        long poll = config.pollInterval().toMillis();
        worker.scheduleWithFixedDelay(remoteChanges::poll, poll, poll, TimeUnit.MILLISECONDS);
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
        return loads.loaded(document).view;
    }

    @Override
    public void update(Document document, DocumentChange change) {
        synchronized (this) {
            RemoteDocument remote = loads.loaded(document);
            if (remote.damaged != null) {
                throw new DamagedDocumentException(remote.damaged);
            }
            remote.view = change.apply().apply(DocumentCopies.forChange(remote.view, change));
            remote.pending.add(change);
            commits.commitLater(remote, document);
        }
    }

    @Override
    public synchronized StorageStatus status() {
        int pending = documents.values().stream().mapToInt(d -> d.pending.size()).sum();
        StorageException error = sync.lastError();
        return new StorageStatus(StorageProperties.Type.GITHUB, github.location(), sync.lastSync(), pending,
                error == null ? null : error.messageKey(), error == null ? null : error.getMessage());
    }

    @Override
    public StorageStatus testConnection() {
        try {
            github.checkAccess();
            sync.succeeded();
        } catch (StorageException e) {
            sync.failed(e);
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
            RemoteDocument remote = loads.loaded(document);
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
        return members.of(family);
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
            loads.addDamagedMembers(members);
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
        return wholeFiles.retire(document, description);
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
        return wholeFiles.restore(document, versionId);
    }

    /** Commits what is queued, waiting at most {@code wait}; called when the app stops. */
    public void flushNow(Duration wait) {
        List<Document> toFlush;
        synchronized (this) {
            toFlush = commits.queued();
        }
        try {
            worker.submit(() -> toFlush.forEach(commits::flush)).get(wait.toMillis(), TimeUnit.MILLISECONDS);
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
}
