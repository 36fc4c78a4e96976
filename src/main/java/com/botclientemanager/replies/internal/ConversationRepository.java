package com.botclientemanager.replies.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the Conversas screen reads from the received messages ({@code inbound_message}) and the read marks
 * ({@code conversation_read}, {@code V3_20}). Unread: a client's message (not the reseller's own from the phone) with
 * an id above the thread's mark. Every query ends in {@code list()}, {@code optional()}, {@code single()} or
 * {@code update()}.
 */
@Repository
public class ConversationRepository {

    private static final String UNREAD = "CASE WHEN NOT m.from_me AND m.id > COALESCE(r.last_read_id, 0) THEN 1 ELSE 0 END";

    private final JdbcClient jdbc;

    ConversationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A client with received messages: when the last came, how many are unread. */
    public record ThreadRow(String clientId, Instant lastAt, int unread) {
    }

    /** One received message (or the reseller's own from the phone). */
    public record InboundRow(long id, String providerMessageId, String body, String mediaType, boolean fromMe,
            Instant receivedAt) {
    }

    /** A number, lid or user id no client is known for, with its latest message. */
    public record UnknownRow(String phone, String lid, String userId, String pushName, int messages, Instant lastAt) {
    }

    public List<ThreadRow> threads(int limit) {
        return jdbc.sql("SELECT m.client_id, MAX(m.received_at), SUM(" + UNREAD + ") FROM inbound_message m "
                        + "LEFT JOIN conversation_read r ON r.client_id = m.client_id WHERE m.client_id IS NOT NULL "
                        + "GROUP BY m.client_id ORDER BY MAX(m.received_at) DESC LIMIT ?")
                .param(limit)
                .query((rs, n) -> new ThreadRow(rs.getString(1), rs.getObject(2, OffsetDateTime.class).toInstant(),
                        rs.getInt(3)))
                .list();
    }

    public int unreadTotal() {
        return jdbc.sql("SELECT COALESCE(SUM(" + UNREAD + "), 0) FROM inbound_message m "
                        + "LEFT JOIN conversation_read r ON r.client_id = m.client_id WHERE m.client_id IS NOT NULL")
                .query(Integer.class).single();
    }

    public int unread(String clientId) {
        return jdbc.sql("SELECT COALESCE(SUM(" + UNREAD + "), 0) FROM inbound_message m "
                        + "LEFT JOIN conversation_read r ON r.client_id = m.client_id WHERE m.client_id = ?")
                .param(clientId).query(Integer.class).single();
    }

    /** The newest {@code limit} messages of a client, newest first. */
    public List<InboundRow> latest(String clientId, int limit) {
        return jdbc.sql("SELECT id, provider_message_id, body, media_type, from_me, received_at FROM inbound_message "
                        + "WHERE client_id = ? ORDER BY received_at DESC, id DESC LIMIT ?")
                .params(clientId, limit)
                .query((rs, n) -> new InboundRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getBoolean(5), rs.getObject(6, OffsetDateTime.class).toInstant()))
                .list();
    }

    public Optional<Instant> lastFromClient(String clientId) {
        return jdbc.sql("SELECT MAX(received_at) FROM inbound_message WHERE client_id = ? AND NOT from_me")
                .param(clientId).query(OffsetDateTime.class).optional().map(OffsetDateTime::toInstant);
    }

    /** Marks everything received from the client so far as read. */
    @Transactional
    public void markRead(String clientId) {
        Long last = jdbc.sql("SELECT MAX(id) FROM inbound_message WHERE client_id = ?").param(clientId)
                .query(Long.class).optional().orElse(null);
        if (last == null) {
            return;
        }
        if (jdbc.sql("UPDATE conversation_read SET last_read_id = ? WHERE client_id = ? AND last_read_id < ?")
                .params(last, clientId, last).update() == 0
                && jdbc.sql("SELECT COUNT(*) FROM conversation_read WHERE client_id = ?").param(clientId)
                .query(Integer.class).single() == 0) {
            try {
                jdbc.sql("INSERT INTO conversation_read (client_id, last_read_id) VALUES (?, ?)").params(clientId, last)
                        .update();
            } catch (DuplicateKeyException raced) {
                // the same thread was opened in another tab at the same moment
            }
        }
    }

    public List<UnknownRow> unknownSenders(int limit) {
        return jdbc.sql("SELECT phone, lid, user_id, MAX(push_name), COUNT(*), MAX(received_at) FROM inbound_message "
                        + "WHERE client_id IS NULL AND NOT from_me GROUP BY phone, lid, user_id "
                        + "ORDER BY MAX(received_at) DESC LIMIT ?")
                .param(limit)
                .query((rs, n) -> new UnknownRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getInt(5), rs.getObject(6, OffsetDateTime.class).toInstant()))
                .list();
    }

    /** The newest messages of an unknown sender, newest first. */
    public List<InboundRow> unknownMessages(String phone, String lid, String userId, int limit) {
        return jdbc.sql("SELECT id, provider_message_id, body, media_type, from_me, received_at FROM inbound_message "
                        + "WHERE client_id IS NULL AND " + same("phone") + " AND " + same("lid") + " AND "
                        + same("user_id") + " ORDER BY received_at DESC, id DESC LIMIT ?")
                .params(phone, phone, lid, lid, userId, userId, limit)
                .query((rs, n) -> new InboundRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getBoolean(5), rs.getObject(6, OffsetDateTime.class).toInstant()))
                .list();
    }

    /** Gives the unknown sender's messages to the client; how many moved. */
    public int assign(String phone, String lid, String userId, String clientId) {
        return jdbc.sql("UPDATE inbound_message SET client_id = ? WHERE client_id IS NULL AND " + same("phone")
                        + " AND " + same("lid") + " AND " + same("user_id"))
                .params(clientId, phone, phone, lid, lid, userId, userId).update();
    }

    private static String same(String column) {
        return "(" + column + " = ? OR (" + column + " IS NULL AND CAST(? AS VARCHAR) IS NULL))";
    }
}
