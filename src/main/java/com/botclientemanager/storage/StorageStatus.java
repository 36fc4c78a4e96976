package com.botclientemanager.storage;

import java.time.Instant;

/**
 * @param type          the active adapter
 * @param location      the folder, or {@code owner/repo@branch:path}
 * @param lastSync      when the store last read or wrote successfully (null before the first time)
 * @param pendingChanges changes made in the app and not stored yet (GitHub only)
 * @param lastErrorKey  an i18n key describing the last error, or null when the last operation succeeded
 * @param lastErrorDetail technical detail of the last error for the admin (never holds a secret), or null
 */
public record StorageStatus(StorageProperties.Type type, String location, Instant lastSync, int pendingChanges,
        String lastErrorKey, String lastErrorDetail) {
}
