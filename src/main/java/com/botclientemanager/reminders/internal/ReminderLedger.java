package com.botclientemanager.reminders.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;

/** What the engine handed to JobRunr, and the last day it swept; beside JobRunr's tables in the same database. */
public class ReminderLedger {

    private final JdbcClient jdbc;

    public ReminderLedger(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** When each of today's reminders was dispatched, by key. */
    public Map<UUID, Instant> dispatchedOn(LocalDate sendDay) {
        Map<UUID, Instant> result = new HashMap<>();
        jdbc.sql("SELECT reminder_key, dispatched_at FROM reminder_dispatch WHERE send_day = :day")
                .param("day", sendDay)
                .query((rs, n) -> result.put(UUID.fromString(rs.getString(1)),
                        rs.getObject(2, OffsetDateTime.class).toInstant()))
                .list();
        return result;
    }

    /** Records a dispatch; false when it was already recorded (by this or another instance). */
    public boolean recordDispatch(UUID key, String clientId, LocalDate sendDay, Instant at) {
        try {
            return jdbc.sql("INSERT INTO reminder_dispatch (reminder_key, client_id, send_day, dispatched_at) "
                            + "VALUES (:key, :client, :day, :at)")
                    .param("key", key.toString()).param("client", clientId).param("day", sendDay)
                    .param("at", at.atOffset(ZoneOffset.UTC)).update() == 1;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }

    public void redispatched(UUID key, Instant at) {
        jdbc.sql("UPDATE reminder_dispatch SET dispatched_at = :at WHERE reminder_key = :key")
                .param("at", at.atOffset(ZoneOffset.UTC)).param("key", key.toString()).update();
    }

    public int countDispatchedOn(LocalDate sendDay) {
        return jdbc.sql("SELECT COUNT(*) FROM reminder_dispatch WHERE send_day = :day").param("day", sendDay)
                .query(Integer.class).single();
    }

    /**
     * Locks the sweep state row for the current transaction, so only one sweep runs at a time across instances, and
     * returns it. Empty while another sweep holds the row: that sweep does the work, so this one is skipped instead of
     * waiting into a lock timeout (seen when the start-up sweep was still handing out 2000 reminders a minute later).
     */
    public Optional<SweepState> tryLockSweepState() {
        return jdbc.sql("SELECT last_swept_day FROM reminder_state WHERE id = 1 FOR UPDATE SKIP LOCKED")
                .query((rs, n) -> new SweepState(Optional.ofNullable(rs.getObject(1, LocalDate.class))))
                .optional();
    }

    /** The sweep state row, locked by the current transaction: the last day swept, empty before the first sweep. */
    public record SweepState(Optional<LocalDate> lastSwept) {
    }

    public void setLastSweptDay(LocalDate day) {
        jdbc.sql("UPDATE reminder_state SET last_swept_day = :day WHERE id = 1").param("day", day).update();
    }

    public void forgetDispatchesBefore(LocalDate day) {
        jdbc.sql("DELETE FROM reminder_dispatch WHERE send_day < :day").param("day", day).update();
    }
}
