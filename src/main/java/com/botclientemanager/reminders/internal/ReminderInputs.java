package com.botclientemanager.reminders.internal;

import com.botclientemanager.storage.Document;
import com.botclientemanager.storage.DocumentProblem;
import com.botclientemanager.storage.DocumentStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The documents reminders are planned from (clients, templates, settings). While one of them is damaged nothing is
 * planned: the sweep skips, says so in the log (when the reason changes, then once an hour) and in health.
 */
public class ReminderInputs {

    static final List<Document> INPUTS = List.of(Document.CLIENTS, Document.TEMPLATES, Document.SETTINGS);
    private static final Duration REPEAT_WARNING = Duration.ofHours(1);
    private static final Logger log = LoggerFactory.getLogger(ReminderInputs.class);

    /** Why the sweeps skip, since when. */
    public record Paused(Instant since, List<DocumentProblem> problems) {
    }

    private final DocumentStore store;
    private final Clock clock;
    private volatile Paused paused;
    private Instant lastWarning = Instant.MIN;

    public ReminderInputs(DocumentStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** The damaged inputs now; empty when reminders can be planned. */
    public List<DocumentProblem> damaged() {
        return INPUTS.stream().map(store::problem).flatMap(Optional::stream).toList();
    }

    /** Called by the sweep: whether it must skip; logs and remembers why. */
    synchronized boolean holdSweep() {
        List<DocumentProblem> problems = damaged();
        Instant now = clock.instant();
        if (problems.isEmpty()) {
            if (paused != null) {
                log.info("Reminder sweep runs again: the damaged documents load now");
                paused = null;
            }
            return false;
        }
        boolean changed = paused == null || !paused.problems().equals(problems);
        if (changed || !now.isBefore(lastWarning.plus(REPEAT_WARNING))) {
            log.warn("Reminder sweep skipped: {} damaged ({}); no reminder is planned until it is restored or fixed",
                    problems.stream().map(p -> p.document().fileName()).toList(),
                    String.join("; ", problems.stream().map(DocumentProblem::detail).toList()));
            lastWarning = now;
        } else {
            log.debug("Reminder sweep skipped: a document it plans from is damaged");
        }
        if (changed) {
            paused = new Paused(paused == null ? now : paused.since(), problems);
        }
        return true;
    }

    /** Why the last sweep skipped; empty when it ran. */
    public Optional<Paused> paused() {
        return Optional.ofNullable(paused);
    }
}
