package com.botclientemanager.storage;

import java.time.Instant;

/**
 * An earlier version of a document that can be restored: a file in {@code backups/} (local store) or a commit of the
 * file (GitHub store).
 *
 * @param id          what {@link DocumentStore#restore} takes: the backup's file name, or the commit's sha
 * @param savedAt     when this version was replaced (local) or committed (GitHub)
 * @param description the commit message (GitHub), or null
 */
public record DocumentVersion(String id, Instant savedAt, String description) {
}
