package com.botclientemanager.replies.internal;

import com.botclientemanager.whatsapp.InboundMessage;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The reply tables ({@code V3_19__replies.sql}). Every query ends in {@code optional()}, {@code list()} or
 * {@code update()}: a stream left open would keep a pooled connection per webhook.
 */
@Repository
public class ReplyRepository {

    private final JdbcClient jdbc;

    ReplyRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores a message; false when the provider delivered it before (same provider and id). */
    public boolean insert(InboundMessage message, String clientId, String keyword) {
        try {
            jdbc.sql("INSERT INTO inbound_message (provider, provider_message_id, client_id, phone, lid, user_id, "
                            + "push_name, body, media_type, media_id, quoted_id, from_me, keyword, received_at) "
                            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                    .params(message.provider().name(), cut(message.providerMessageId(), 200), clientId,
                            cut(message.phone(), 32), cut(message.lid(), 64), cut(message.userId(), 200),
                            cut(message.pushName(), 200), cut(message.text(), 8000), cut(message.mediaType(), 32),
                            cut(message.mediaId(), 500), cut(message.quotedId(), 200), message.fromMe(),
                            cut(keyword, 100), time(message.receivedAt()))
                    .update();
            return true;
        } catch (DuplicateKeyException repeated) {
            return false;
        }
    }

    public boolean exists(InboundMessage message) {
        return jdbc.sql("SELECT COUNT(*) FROM inbound_message WHERE provider = ? AND provider_message_id = ?")
                .params(message.provider().name(), cut(message.providerMessageId(), 200)).query(Integer.class)
                .single() > 0;
    }

    public Optional<String> clientOfAlias(String alias) {
        return jdbc.sql("SELECT client_id FROM contact_alias WHERE alias = ?").param(alias).query(String.class)
                .optional();
    }

    @Transactional
    public void learnAlias(String alias, String clientId, Instant now) {
        if (jdbc.sql("UPDATE contact_alias SET client_id = ?, learned_at = ? WHERE alias = ?")
                .params(clientId, time(now), alias).update() == 0) {
            try {
                jdbc.sql("INSERT INTO contact_alias (alias, client_id, learned_at) VALUES (?, ?, ?)")
                        .params(alias, clientId, time(now)).update();
            } catch (DuplicateKeyException raced) {
                // the same report arrived twice at once: the other one stored it
            }
        }
    }

    public Optional<Instant> pausedUntil(String clientId) {
        return jdbc.sql("SELECT paused_until FROM client_reply_state WHERE client_id = ? AND paused_until IS NOT NULL")
                .param(clientId).query(OffsetDateTime.class).optional().map(OffsetDateTime::toInstant);
    }

    public Optional<Instant> optedOutAt(String clientId) {
        return jdbc.sql("SELECT opted_out_at FROM client_reply_state WHERE client_id = ? AND opted_out_at IS NOT NULL")
                .param(clientId).query(OffsetDateTime.class).optional().map(OffsetDateTime::toInstant);
    }

    public Optional<com.botclientemanager.clients.OptOutStatus.OptOut> optOut(String clientId) {
        return jdbc.sql("SELECT opted_out_at, opt_out_keyword FROM client_reply_state "
                        + "WHERE client_id = ? AND opted_out_at IS NOT NULL").param(clientId)
                .query((rs, n) -> new com.botclientemanager.clients.OptOutStatus.OptOut(
                        rs.getObject(1, OffsetDateTime.class).toInstant(), rs.getString(2)))
                .optional();
    }

    @Transactional
    public void pause(String clientId, Instant until) {
        upsert(clientId, "paused_until = ?", time(until));
    }

    /** Marks the opt-out; false when the client had already opted out (nothing to answer). */
    @Transactional
    public boolean optOut(String clientId, String keyword, Instant now) {
        ensureRow(clientId);
        return jdbc.sql("UPDATE client_reply_state SET opted_out_at = ?, opt_out_keyword = ? "
                        + "WHERE client_id = ? AND opted_out_at IS NULL")
                .params(time(now), cut(keyword, 100), clientId).update() == 1;
    }

    /** Clears the opt-out; false when the client had not opted out. */
    public boolean resume(String clientId) {
        return jdbc.sql("UPDATE client_reply_state SET opted_out_at = NULL, opt_out_keyword = NULL "
                        + "WHERE client_id = ? AND opted_out_at IS NOT NULL")
                .param(clientId).update() == 1;
    }

    public int deleteReceivedBefore(Instant cutoff) {
        return jdbc.sql("DELETE FROM inbound_message WHERE received_at < ?").param(time(cutoff)).update();
    }

    private void upsert(String clientId, String assignment, Object value) {
        ensureRow(clientId);
        jdbc.sql("UPDATE client_reply_state SET " + assignment + " WHERE client_id = ?").params(value, clientId)
                .update();
    }

    private void ensureRow(String clientId) {
        if (jdbc.sql("SELECT COUNT(*) FROM client_reply_state WHERE client_id = ?").param(clientId)
                .query(Integer.class).single() == 0) {
            try {
                jdbc.sql("INSERT INTO client_reply_state (client_id) VALUES (?)").param(clientId).update();
            } catch (DuplicateKeyException raced) {
                // inserted by a concurrent call a moment ago
            }
        }
    }

    private static OffsetDateTime time(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
