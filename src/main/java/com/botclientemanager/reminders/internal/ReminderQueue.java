package com.botclientemanager.reminders.internal;

import java.util.List;
import org.jobrunr.jobs.states.StateName;
import org.jobrunr.storage.StorageProvider;
import org.jobrunr.storage.navigation.AmountRequest;

/** How many reminder send jobs are waiting or running in JobRunr (the batch still going out). */
public class ReminderQueue {

    /** More than a day's cap of the largest setting; beyond it the count is "at least". */
    static final int MAX_COUNTED = 5000;
    private static final List<StateName> WAITING = List.of(StateName.ENQUEUED, StateName.PROCESSING, StateName.SCHEDULED);

    private final StorageProvider storage;

    public ReminderQueue(StorageProvider storage) {
        this.storage = storage;
    }

    public int count() {
        String sendJob = ReminderSendJob.class.getName();
        int count = 0;
        for (StateName state : WAITING) {
            count += (int) storage.getJobList(state, new AmountRequest("updatedAt:ASC", MAX_COUNTED)).stream()
                    .filter(job -> sendJob.equals(job.getJobDetails().getClassName())).count();
        }
        return count;
    }
}
