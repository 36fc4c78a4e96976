package com.botclientemanager.reminders;

import com.botclientemanager.clients.ClientDirectory;
import com.botclientemanager.reminders.internal.EngineSettings;
import com.botclientemanager.reminders.internal.ReminderInputs;
import com.botclientemanager.reminders.internal.ReminderPlanner;
import com.botclientemanager.reminders.internal.ReminderQueue;
import com.botclientemanager.templates.MessageTemplate;
import com.botclientemanager.templates.TemplateService;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import org.jobrunr.storage.StorageProvider;
import org.springframework.stereotype.Service;

/** Read-only questions about the reminders the rules will send, for other modules (e.g. the dashboard's status line). */
@Service
public class ReminderQueries {

    /** How far ahead {@link #next()} looks: the longest renewal gap between two reminders of one client is a month. */
    static final int HORIZON_DAYS = 31;

    private final ClientDirectory clients;
    private final TemplateService templates;
    private final EngineSettings settings;
    private final Clock clock;
    private final ReminderInputs inputs;
    private final ReminderQueue queue;

    ReminderQueries(ClientDirectory clients, TemplateService templates, EngineSettings settings, Clock clock,
            ReminderInputs inputs, StorageProvider jobs) {
        this.queue = new ReminderQueue(jobs);
        this.clients = clients;
        this.templates = templates;
        this.settings = settings;
        this.clock = clock;
        this.inputs = inputs;
    }

    /** How many reminders are handed to the job server and not sent yet (a batch going out, or retries waiting). */
    public int queued() {
        return queue.count();
    }

    /**
     * The next reminder the rules will send after now (same planning as the engine: sending hours and days, one reminder
     * per client and day), within the next {@value #HORIZON_DAYS} days; empty when none, or while a document reminders
     * are planned from is damaged (the engine plans nothing then).
     */
    public Optional<PlannedReminder> next() {
        if (!inputs.damaged().isEmpty()) {
            return Optional.empty();
        }
        List<MessageTemplate> reminderTemplates = templates.activeReminderTemplates();
        if (reminderTemplates.isEmpty()) {
            return Optional.empty();
        }
        ZonedDateTime now = ZonedDateTime.now(clock.withZone(settings.policy().zone()));
        ReminderPlanner planner = settings.planner();
        for (LocalDate day = now.toLocalDate(); !day.isAfter(now.toLocalDate().plusDays(HORIZON_DAYS));
                day = day.plusDays(1)) {
            for (PlannedReminder reminder : planner.plan(day, reminderTemplates, d -> clients.dueBetween(d, d))) {
                if (reminder.sendAt().isAfter(now)) {
                    return Optional.of(reminder);
                }
            }
        }
        return Optional.empty();
    }
}
