package com.botclientemanager.reminders.internal;

import com.botclientemanager.reminders.ReminderKey;
import com.botclientemanager.whatsapp.MessagingService;
import java.time.LocalDate;
import org.jobrunr.jobs.Job;
import org.jobrunr.jobs.filters.JobServerFilter;
import org.jobrunr.jobs.states.FailedState;

/** When a reminder's retries are spent, its message is FAILED in the log with the last reason, ready for "Reenviar". */
class FailedAfterRetriesFilter implements JobServerFilter {

    private final MessagingService messaging;

    FailedAfterRetriesFilter(MessagingService messaging) {
        this.messaging = messaging;
    }

    @Override
    public void onFailedAfterRetries(Job job) {
        if (!ReminderSendJob.class.getName().equals(job.getJobDetails().getClassName())) {
            return;
        }
        Object[] args = job.getJobDetails().getJobParameterValues();
        String key = ReminderKey.of((String) args[0], LocalDate.parse((String) args[2]), (String) args[3],
                ((Number) args[4]).intValue()).toString();
        String reason = job.getLastJobStateOfType(FailedState.class)
                .map(f -> f.getExceptionMessage() != null ? f.getExceptionMessage() : f.getMessage()).orElse("");
        messaging.recordFailed(key, reason);
    }
}
