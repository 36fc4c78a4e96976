package com.botclientemanager.reminders.internal;

import static org.jobrunr.scheduling.JobBuilder.aJob;

import com.botclientemanager.reminders.PlannedReminder;
import java.util.UUID;
import org.jobrunr.jobs.context.JobContext;
import org.jobrunr.scheduling.JobScheduler;
import org.jobrunr.storage.JobNotFoundException;
import org.jobrunr.storage.StorageProvider;

/**
 * Hands reminders to JobRunr: one send job per reminder, its id the reminder key, so creating it twice is harmless
 * (JobRunr ignores a job whose id exists). The job gets ids, not entities, and a name a person can read in the dashboard.
 */
public class ReminderDispatcher {

    private final JobScheduler jobs;
    private final StorageProvider storage;
    private final JobNames names;
    private final int maxRetries;

    public ReminderDispatcher(JobScheduler jobs, StorageProvider storage, JobNames names, int maxRetries) {
        this.jobs = jobs;
        this.storage = storage;
        this.names = names;
        this.maxRetries = maxRetries;
    }

    public void dispatch(PlannedReminder reminder) {
        String clientId = reminder.clientId();
        String templateId = reminder.templateId();
        String dueDate = reminder.dueDate().toString();
        String kind = reminder.kind();
        int offset = reminder.offsetDays();
        jobs.create(aJob()
                .withId(reminder.key())
                .withName(names.reminder(reminder))
                .withAmountOfRetries(maxRetries)
                .withLabels(names.reminderTags(reminder))
                .<ReminderSendJob>withDetails(job -> job.send(clientId, templateId, dueDate, kind, offset, JobContext.Null)));
    }

    public boolean jobExists(UUID key) {
        try {
            storage.getJobById(key);
            return true;
        } catch (JobNotFoundException e) {
            return false;
        }
    }
}
