package com.botclientemanager.push.internal;

import com.botclientemanager.push.PushDevice;
import com.botclientemanager.push.PushEvent;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Push subscriptions and muted events in the database (V3_24). */
@Repository
public class SubscriptionRepository {

    private final JdbcClient jdbc;

    SubscriptionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores the subscription, or moves an endpoint already known (the same browser) to this user. */
    @Transactional
    public void save(String username, String endpoint, String p256dh, String auth, String label, Locale locale,
            Instant now) {
        int updated = jdbc.sql("UPDATE push_subscription SET username = ?, p256dh = ?, auth = ?, device_label = ?, "
                        + "locale = ? WHERE endpoint = ?")
                .params(username, p256dh, auth, label, locale.toLanguageTag(), endpoint).update();
        if (updated == 0) {
            jdbc.sql("INSERT INTO push_subscription (username, endpoint, p256dh, auth, device_label, locale, created_at) "
                            + "VALUES (?, ?, ?, ?, ?, ?, ?)")
                    .params(username, endpoint, p256dh, auth, label, locale.toLanguageTag(), at(now)).update();
        }
    }

    /**
     * Claims the day's summary: true for the first caller only, across restarts and instances (the day is the key).
     * Claims older than 60 days are dropped on the way.
     */
    public boolean claimDailySummary(LocalDate day, Instant now) {
        jdbc.sql("DELETE FROM push_daily_summary WHERE summary_day < ?").param(day.minusDays(60)).update();
        try {
            return jdbc.sql("INSERT INTO push_daily_summary (summary_day, sent_at) VALUES (?, ?)").params(day, at(now))
                    .update() == 1;
        } catch (DuplicateKeyException alreadySent) {
            return false;
        }
    }

    public List<StoredSubscription> all() {
        return jdbc.sql("SELECT id, username, endpoint, p256dh, auth, device_label, locale FROM push_subscription "
                        + "ORDER BY id")
                .query((rs, n) -> new StoredSubscription(rs.getLong(1), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getString(6), Locale.forLanguageTag(rs.getString(7))))
                .list();
    }

    public List<StoredSubscription> ofUser(String username) {
        return all().stream().filter(s -> s.username().equals(username)).toList();
    }

    public List<PushDevice> devices(String username) {
        return jdbc.sql("SELECT id, device_label, created_at, last_delivery_at, last_failure_at FROM push_subscription "
                        + "WHERE username = ? ORDER BY created_at DESC, id DESC").param(username)
                .query((rs, n) -> new PushDevice(rs.getLong(1), rs.getString(2), instant(rs.getObject(3, OffsetDateTime.class)),
                        instant(rs.getObject(4, OffsetDateTime.class)), instant(rs.getObject(5, OffsetDateTime.class))))
                .list();
    }

    public boolean delete(long id) {
        return jdbc.sql("DELETE FROM push_subscription WHERE id = ?").param(id).update() > 0;
    }

    public boolean delete(String username, long id) {
        return jdbc.sql("DELETE FROM push_subscription WHERE id = ? AND username = ?").params(id, username).update() > 0;
    }

    public void delivered(long id, Instant at) {
        jdbc.sql("UPDATE push_subscription SET last_delivery_at = ? WHERE id = ?").params(at(at), id).update();
    }

    public void failed(long id, Instant at, String reason) {
        String cut = reason == null ? "" : reason.length() > 300 ? reason.substring(0, 300) : reason;
        jdbc.sql("UPDATE push_subscription SET last_failure_at = ?, last_failure = ? WHERE id = ?")
                .params(at(at), cut, id).update();
    }

    public Set<PushEvent> muted(String username) {
        Set<PushEvent> muted = EnumSet.noneOf(PushEvent.class);
        jdbc.sql("SELECT event FROM push_muted_event WHERE username = ?").param(username).query(String.class).list()
                .forEach(name -> {
                    try {
                        muted.add(PushEvent.valueOf(name));
                    } catch (IllegalArgumentException ignored) {
                        // an event a later version removed
                    }
                });
        return muted;
    }

    @Transactional
    public void saveMuted(String username, Set<PushEvent> muted) {
        jdbc.sql("DELETE FROM push_muted_event WHERE username = ?").param(username).update();
        muted.forEach(event -> jdbc.sql("INSERT INTO push_muted_event (username, event) VALUES (?, ?)")
                .params(username, event.name()).update());
    }

    private static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static Instant instant(OffsetDateTime value) {
        return value == null ? null : value.toInstant();
    }
}
