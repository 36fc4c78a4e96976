package com.botclientemanager.whatsapp;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The message log tables ({@code V1__message_log.sql}); every status change also lands in the timeline table. */
@Repository
class MessageRepository {

    private static final String COLUMNS = "id, reminder_key, client_id, client_name, phone, kind, body, provider, "
            + "provider_message_id, status, reason, attempts, created_at, updated_at";

    /** A row a send attempt may take: waiting, failed or missed, or SENDING by a sender that died (older than ?). */
    private static final String TAKEABLE =
            "(status IN ('QUEUED', 'FAILED', 'MISSED') OR (status = 'SENDING' AND updated_at < ?))";

    private final JdbcClient jdbc;

    MessageRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<LoggedMessage> findById(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM wa_message WHERE id = ?").param(id).query(this::row).optional();
    }

    Optional<LoggedMessage> findByReminderKey(String reminderKey) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM wa_message WHERE reminder_key = ?").param(reminderKey)
                .query(this::row).optional();
    }

    Optional<LoggedMessage> findByProviderMessageId(String providerMessageId) {
        // never query(..).stream(): an unclosed stream keeps its pooled connection (one leaked per delivery report)
        return jdbc.sql("SELECT " + COLUMNS + " FROM wa_message WHERE provider_message_id = ? ORDER BY id DESC "
                        + "FETCH FIRST 1 ROWS ONLY")
                .param(providerMessageId).query(this::row).optional();
    }

    /** Inserts a new row; a second row with the same reminder key fails with a {@code DuplicateKeyException}. */
    long insert(SendRequest request, Provider provider, MessageStatus status, String reason, int attempts, Instant now) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO wa_message (reminder_key, client_id, client_name, phone, kind, body, provider, status, "
                        + "reason, attempts, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(request.reminderKey(), request.clientId(), cut(request.clientName(), 200), request.phone(),
                        request.kind(), cut(request.text(), 8000), provider.name(), status.name(), cut(reason, 500),
                        attempts, time(now), time(now))
                .update(key, "id");
        long id = key.getKey().longValue();
        addHistory(id, status, reason, now);
        return id;
    }

    /**
     * Takes a row for a new attempt: only when it never went out and nobody else is sending it (a SENDING row older
     * than {@code staleBefore} is taken over: its sender died). False when another attempt holds it.
     */
    boolean claim(long id, SendRequest request, Instant staleBefore, Instant now) {
        return jdbc.sql("UPDATE wa_message SET status = 'SENDING', attempts = attempts + 1, phone = ?, body = ?, "
                        + "client_name = ?, updated_at = ? WHERE id = ? AND " + TAKEABLE)
                .params(request.phone(), cut(request.text(), 8000), cut(request.clientName(), 200), time(now), id,
                        time(staleBefore))
                .update() == 1;
    }

    /**
     * Marks a row FAILED without sending, but only a row a send attempt could take ({@link #claim}'s rule): never one
     * that went out, nor one another attempt is sending right now. False when the row was not such a row.
     */
    boolean refuse(long id, String reason, Instant staleBefore, Instant now) {
        boolean changed = jdbc.sql("UPDATE wa_message SET status = 'FAILED', reason = ?, updated_at = ? WHERE id = ? AND "
                        + TAKEABLE)
                .params(cut(reason, 500), time(now), id, time(staleBefore)).update() == 1;
        if (changed) {
            addHistory(id, MessageStatus.FAILED, reason, now);
        }
        return changed;
    }

    /** The one short write right after the gateway answered. */
    void finish(long id, MessageStatus status, String providerMessageId, String reason, Instant now) {
        jdbc.sql("UPDATE wa_message SET status = ?, provider_message_id = COALESCE(?, provider_message_id), reason = ?, "
                        + "updated_at = ? WHERE id = ?")
                .params(status.name(), providerMessageId, cut(reason, 500), time(now), id).update();
        addHistory(id, status, reason, now);
    }

    /** Moves a row from exactly {@code from} to {@code to}; false when someone else changed it first. */
    boolean advance(long id, MessageStatus from, MessageStatus to, String reason, Instant now) {
        boolean changed = jdbc.sql("UPDATE wa_message SET status = ?, reason = COALESCE(?, reason), updated_at = ? "
                        + "WHERE id = ? AND status = ?")
                .params(to.name(), cut(reason, 500), time(now), id, from.name()).update() == 1;
        if (changed) {
            addHistory(id, to, reason, now);
        }
        return changed;
    }

    List<StatusChange> history(long messageId) {
        return jdbc.sql("SELECT status, reason, changed_at FROM wa_message_status WHERE message_id = ? ORDER BY id")
                .param(messageId)
                .query((rs, n) -> new StatusChange(MessageStatus.valueOf(rs.getString(1)), rs.getString(2), instant(rs, 3)))
                .list();
    }

    List<LoggedMessage> find(MessageFilter filter, int offset, int limit) {
        Where where = where(filter);
        List<Object> params = new ArrayList<>(where.params());
        params.add(limit);
        params.add(offset);
        return jdbc.sql("SELECT " + COLUMNS + " FROM wa_message" + where.sql() + " ORDER BY created_at DESC, id DESC "
                        + "LIMIT ? OFFSET ?")
                .params(params).query(this::row).list();
    }

    int count(MessageFilter filter) {
        Where where = where(filter);
        return jdbc.sql("SELECT COUNT(*) FROM wa_message" + where.sql()).params(where.params()).query(Integer.class)
                .single();
    }

    /** Each message created since {@code since}: when, and its current status. */
    void forEachSince(Instant since, java.util.function.BiConsumer<Instant, MessageStatus> consumer) {
        jdbc.sql("SELECT created_at, status FROM wa_message WHERE created_at >= ?").param(time(since))
                .query((org.springframework.jdbc.core.RowCallbackHandler) rs ->
                        consumer.accept(instant(rs, 1), MessageStatus.valueOf(rs.getString(2))));
    }

    int deleteCreatedBefore(Instant cutoff) {
        jdbc.sql("DELETE FROM wa_message_status WHERE message_id IN (SELECT id FROM wa_message WHERE created_at < ?)")
                .param(time(cutoff)).update();
        return jdbc.sql("DELETE FROM wa_message WHERE created_at < ?").param(time(cutoff)).update();
    }

    private void addHistory(long id, MessageStatus status, String reason, Instant now) {
        jdbc.sql("INSERT INTO wa_message_status (message_id, status, reason, changed_at) VALUES (?, ?, ?, ?)")
                .params(id, status.name(), cut(reason, 500), time(now)).update();
    }

    private static Where where(MessageFilter filter) {
        StringBuilder sql = new StringBuilder();
        List<Object> params = new ArrayList<>();
        if (!filter.statuses().isEmpty()) {
            sql.append(" AND status IN (").append(String.join(", ", filter.statuses().stream().map(s -> "?").toList()))
                    .append(')');
            filter.statuses().stream().map(Enum::name).sorted().forEach(params::add);
        }
        if (!filter.kinds().isEmpty()) {
            List<String> kinds = filter.kinds().stream().flatMap(k -> k.stored().stream()).sorted().toList();
            sql.append(" AND LOWER(kind) IN (").append(String.join(", ", kinds.stream().map(k -> "?").toList()))
                    .append(')');
            params.addAll(kinds);
        }
        if (filter.from() != null) {
            sql.append(" AND created_at >= ?");
            params.add(time(filter.from().atStartOfDay(filter.zone()).toInstant()));
        }
        if (filter.to() != null) {
            sql.append(" AND created_at < ?");
            params.add(time(filter.to().plusDays(1).atStartOfDay(filter.zone()).toInstant()));
        }
        if (filter.clientId() != null) {
            sql.append(" AND client_id = ?");
            params.add(filter.clientId());
        }
        if (filter.clientText() != null && !filter.clientText().isBlank()) {
            String like = "%" + filter.clientText().strip().toLowerCase(Locale.ROOT)
                    .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
            sql.append(" AND (LOWER(client_name) LIKE ? ESCAPE '\\' OR phone LIKE ? ESCAPE '\\')");
            params.add(like);
            params.add(like);
        }
        return new Where(sql.isEmpty() ? "" : " WHERE" + sql.substring(4), params);
    }

    private LoggedMessage row(ResultSet rs, int rowNum) throws SQLException {
        return new LoggedMessage(rs.getLong("id"), rs.getString("reminder_key"), rs.getString("client_id"),
                rs.getString("client_name"), rs.getString("phone"), rs.getString("kind"), rs.getString("body"),
                Provider.valueOf(rs.getString("provider")), rs.getString("provider_message_id"),
                MessageStatus.valueOf(rs.getString("status")), rs.getString("reason"), rs.getInt("attempts"),
                instant(rs, "created_at"), instant(rs, "updated_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static OffsetDateTime time(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static String cut(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }

    private record Where(String sql, List<Object> params) {
    }
}
