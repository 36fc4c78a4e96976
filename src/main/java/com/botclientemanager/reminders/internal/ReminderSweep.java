package com.botclientemanager.reminders.internal;

import com.botclientemanager.clients.Client;
import com.botclientemanager.clients.ClientDirectory;
import com.botclientemanager.reminders.PlannedReminder;
import com.botclientemanager.templates.MessageTemplate;
import com.botclientemanager.templates.TemplateService;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs every minute (and right after start-up) on exactly one instance at a time: records the reminders of past days
 * that never went out as missed, and hands the reminders due by now to JobRunr in order of due time, no faster than
 * the pacing lets them go out. While a document it plans from is damaged it does nothing ({@link ReminderInputs}).
 */
public class ReminderSweep {

    /** A dispatched reminder with no outcome after this long has lost its job (wiped queue, crash): dispatch again. */
    static final Duration LOST_AFTER = Duration.ofMinutes(15);
    private static final Logger log = LoggerFactory.getLogger(ReminderSweep.class);

    private final ClientDirectory clients;
    private final TemplateService templates;
    private final ReminderLedger ledger;
    private final ReminderOutcomes outcomes;
    private final ReminderDispatcher dispatcher;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final EngineSettings settings;
    private final ReminderMetrics metrics;
    private final ReminderInputs inputs;

    public ReminderSweep(ClientDirectory clients, TemplateService templates, ReminderLedger ledger,
            ReminderOutcomes outcomes, ReminderDispatcher dispatcher, TransactionTemplate transactions, Clock clock,
            EngineSettings settings, ReminderMetrics metrics, ReminderInputs inputs) {
        this.clients = clients;
        this.templates = templates;
        this.ledger = ledger;
        this.outcomes = outcomes;
        this.dispatcher = dispatcher;
        this.transactions = transactions;
        this.clock = clock;
        this.settings = settings;
        this.metrics = metrics;
        this.inputs = inputs;
    }

    public void sweep() {
        if (inputs.holdSweep()) {
            // nothing is planned from a damaged document; the days skipped are caught up (as missed) once it loads
            return;
        }
        transactions.executeWithoutResult(status -> {
            ZonedDateTime now = settings.policy().localTime(clock.instant());
            LocalDate today = now.toLocalDate();
            Optional<ReminderLedger.SweepState> state = ledger.tryLockSweepState();
            if (state.isEmpty()) {
                log.debug("Another sweep is running; this one is skipped");
                return;
            }
            Optional<LocalDate> lastSwept = state.get().lastSwept();
            List<MessageTemplate> reminderTemplates = templates.activeReminderTemplates();
            recordMissed(lastSwept, today, reminderTemplates);
            ledger.setLastSweptDay(today.minusDays(1));
            dispatchDue(today, now, reminderTemplates);
            ledger.forgetDispatchesBefore(today.minusDays(settings.catchUpDays() + 7L));
        });
    }

    /** Reminders of days between the last sweep and yesterday that never went out: missed, not sent late. */
    private void recordMissed(Optional<LocalDate> lastSwept, LocalDate today, List<MessageTemplate> reminderTemplates) {
        if (lastSwept.isEmpty()) {
            return; // first run of a new installation: there is no past to catch up on
        }
        LocalDate from = lastSwept.get().plusDays(1);
        LocalDate earliest = today.minusDays(settings.catchUpDays());
        for (LocalDate day = from.isBefore(earliest) ? earliest : from; day.isBefore(today); day = day.plusDays(1)) {
            Map<UUID, Instant> dispatched = ledger.dispatchedOn(day);
            for (PlannedReminder reminder : settings.planner().plan(day, reminderTemplates, this::clientsDueOn)) {
                if (!dispatched.containsKey(reminder.key()) && !outcomes.hasOutcome(reminder.key())) {
                    outcomes.recordMissed(reminder);
                }
            }
        }
    }

    private void dispatchDue(LocalDate today, ZonedDateTime now, List<MessageTemplate> reminderTemplates) {
        if (!settings.policy().isOpen(now)) {
            return;
        }
        Map<UUID, Instant> dispatched = ledger.dispatchedOn(today);
        Instant lostBefore = now.toInstant().minus(LOST_AFTER);
        int inFlight = 0;
        List<PlannedReminder> ready = new ArrayList<>();
        for (PlannedReminder reminder : settings.planner().plan(today, reminderTemplates, this::clientsDueOn)) {
            if (reminder.sendAt().isAfter(now)) {
                break; // sorted by time: the rest is for later today
            }
            Instant dispatchedAt = dispatched.get(reminder.key());
            if (outcomes.hasFinalOutcome(reminder.key())) {
                continue;
            }
            if (dispatchedAt == null) {
                ready.add(reminder);
            } else if (dispatchedAt.isAfter(lostBefore)) {
                inFlight++;
            } else if (!dispatcher.jobExists(reminder.key())) {
                ready.add(reminder);
            }
        }
        int capacity = Math.min(2 * settings.ratePerMinute() - inFlight, settings.dailyCap() - ledger.countDispatchedOn(today));
        for (PlannedReminder reminder : ready.subList(0, Math.max(0, Math.min(capacity, ready.size())))) {
            boolean first = ledger.recordDispatch(reminder.key(), reminder.clientId(), today, now.toInstant());
            if (!first) {
                ledger.redispatched(reminder.key(), now.toInstant());
                log.warn("Dispatching reminder {} again: its job was lost", reminder.key());
            }
            dispatcher.dispatch(reminder);
            if (first) {
                metrics.planned();
            }
        }
        if (ready.size() > capacity && capacity >= 0) {
            log.debug("{} reminders wait for the next sweep (pacing or daily cap)", ready.size() - Math.max(capacity, 0));
        }
    }

    private List<Client> clientsDueOn(LocalDate day) {
        return clients.dueBetween(day, day);
    }
}
