package com.botclientemanager.storage.internal;

import com.botclientemanager.storage.Document;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * When the change logs are folded into their files: on a background thread (never a request's), once a document had
 * no change for {@code quiet}, or at once when its log grew too long.
 */
final class CompactionSchedule {

    private static final Logger log = LoggerFactory.getLogger(CompactionSchedule.class);

    private final ScheduledThreadPoolExecutor executor;
    private final long quietNanos;
    private final Consumer<Document> compact;
    private final Map<Document, Long> lastChange = new ConcurrentHashMap<>();
    private final Set<Document> pending = ConcurrentHashMap.newKeySet();

    CompactionSchedule(Duration quiet, Consumer<Document> compact) {
        this.quietNanos = quiet.toNanos();
        this.compact = compact;
        this.executor = new ScheduledThreadPoolExecutor(1, Thread.ofPlatform().daemon().name("document-compaction")
                .factory());
        executor.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
    }

    /** A change was logged; {@code now} when the log is long enough to fold in without waiting for a quiet moment. */
    void changed(Document document, boolean now) {
        lastChange.put(document, System.nanoTime());
        if (now) {
            submit(document, 0, true);
        } else if (pending.add(document)) {
            submit(document, quietNanos, false);
        }
    }

    private void submit(Document document, long delayNanos, boolean urgent) {
        try {
            executor.schedule(() -> run(document, urgent), delayNanos, TimeUnit.NANOSECONDS);
        } catch (RejectedExecutionException e) {
            pending.remove(document); // closing: the store folds every log itself
        }
    }

    private void run(Document document, boolean urgent) {
        if (!urgent) {
            long idle = System.nanoTime() - lastChange.getOrDefault(document, 0L);
            if (idle < quietNanos) {
                submit(document, quietNanos - idle, false);
                return;
            }
            pending.remove(document);
        }
        try {
            compact.accept(document);
        } catch (RuntimeException e) {
            log.warn("{}: the change log could not be folded into the file now; it is kept and tried again: {}",
                    document.fileName(), e.getMessage());
            changed(document, false);
        }
    }

    /** Stops scheduling and waits, bounded, for a compaction under way. */
    void close(Duration wait) {
        executor.shutdown();
        try {
            if (!executor.awaitTermination(wait.toMillis(), TimeUnit.MILLISECONDS)) {
                log.warn("a compaction did not finish within {}; the change logs stay and are replayed on start", wait);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
