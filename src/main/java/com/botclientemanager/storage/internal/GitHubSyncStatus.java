package com.botclientemanager.storage.internal;

import com.botclientemanager.storage.StorageException;
import java.time.Clock;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** When the {@link GitHubDocumentStore} last reached GitHub, and what GitHub refused since, if anything. */
final class GitHubSyncStatus {

    // the store's logger: a log level set for the store keeps covering these lines
    private static final Logger log = LoggerFactory.getLogger(GitHubDocumentStore.class);

    private final Clock clock;
    private volatile Instant lastSync;
    private volatile StorageException lastError;

    GitHubSyncStatus(Clock clock) {
        this.clock = clock;
    }

    Instant lastSync() {
        return lastSync;
    }

    StorageException lastError() {
        return lastError;
    }

    void succeeded() {
        lastError = null;
        lastSync = clock.instant();
    }

    StorageException failed(StorageException e) {
        lastError = e;
        log.warn("GitHub store: {} ({})", e.getMessage(), e.messageKey());
        return e;
    }
}
