package com.botclientemanager.reminders;

/** The job server stopped, or runs again after it had stopped: see {@link JobServerStatus#lastOutage()}. */
public record JobServerStatusChanged(JobServerStatus.Outage outage) {
}
