package com.botclientemanager.push.internal;

import com.botclientemanager.storage.Document;
import com.botclientemanager.storage.DocumentProblem;
import com.botclientemanager.storage.DocumentStore;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * A data file the app cannot read (damaged by a hand edit, a crash of the disk, an edit on GitHub) stops what depends on
 * it while the process looks healthy: checked every minute, each newly damaged file is one notification; a file that
 * is fixed and damaged again is notified again.
 */
@Component
public class DamagedFileWatch {

    private static final Logger log = LoggerFactory.getLogger(DamagedFileWatch.class);

    private final DocumentStore store;
    private final PushDispatcher dispatcher;
    private final Set<Document> notified = new HashSet<>();
    private ScheduledExecutorService timer;

    DamagedFileWatch(DocumentStore store, PushDispatcher dispatcher) {
        this.store = store;
        this.dispatcher = dispatcher;
    }

    @PostConstruct
    void start() {
        timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "push-damaged-files");
            thread.setDaemon(true);
            return thread;
        });
        timer.scheduleWithFixedDelay(() -> {
            try {
                check();
            } catch (RuntimeException e) {
                log.warn("Damaged file check skipped: {}", e.toString());
            }
        }, 1, 1, TimeUnit.MINUTES);
    }

    /** Notifies each file damaged now that was not damaged at the last check; returns how many were notified. */
    public synchronized int check() {
        Set<Document> damaged = new HashSet<>();
        store.problems().stream().map(DocumentProblem::document).forEach(damaged::add);
        int sent = 0;
        for (Document document : damaged) {
            if (!notified.contains(document)) {
                dispatcher.submit(PushNotices.dataFileDamaged(document.fileName()));
                sent++;
            }
        }
        notified.retainAll(damaged);
        notified.addAll(damaged);
        return sent;
    }

    @PreDestroy
    void stop() {
        timer.shutdownNow();
    }
}
