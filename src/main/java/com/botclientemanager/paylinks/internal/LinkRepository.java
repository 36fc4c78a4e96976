package com.botclientemanager.paylinks.internal;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code client_link} table ({@code V3_22__client_links.sql}): per client, the link's generation and token hash; and
 * the one-row {@code link_key} table ({@code V3_27__link_key.sql}) the tokens are derived from.
 */
@Repository
public class LinkRepository {

    private final JdbcClient jdbc;

    public LinkRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record StoredLink(String clientId, int generation, String tokenHash) {
    }

    public Optional<StoredLink> byClient(String clientId) {
        return jdbc.sql("SELECT client_id, generation, token_hash FROM client_link WHERE client_id = ?").param(clientId)
                .query((rs, n) -> new StoredLink(rs.getString(1), rs.getInt(2), rs.getString(3))).optional();
    }

    public Optional<StoredLink> byTokenHash(String tokenHash) {
        return jdbc.sql("SELECT client_id, generation, token_hash FROM client_link WHERE token_hash = ?").param(tokenHash)
                .query((rs, n) -> new StoredLink(rs.getString(1), rs.getInt(2), rs.getString(3))).optional();
    }

    public void save(StoredLink link) {
        int updated = jdbc.sql("UPDATE client_link SET generation = ?, token_hash = ? WHERE client_id = ?")
                .params(link.generation(), link.tokenHash(), link.clientId()).update();
        if (updated == 0) {
            jdbc.sql("INSERT INTO client_link (client_id, generation, token_hash) VALUES (?, ?, ?)")
                    .params(link.clientId(), link.generation(), link.tokenHash()).update();
        }
    }

    /** The link key (base64), empty until the first link is made. */
    public Optional<String> key() {
        return jdbc.sql("SELECT key_value FROM link_key WHERE id = 1").query(String.class).optional();
    }

    /** Stores the first key unless another instance stored one meanwhile (then that one is read back and used). */
    public void insertKeyIfNone(String key) {
        try {
            jdbc.sql("INSERT INTO link_key (id, key_value, changed_at) VALUES (1, ?, ?)")
                    .params(key, OffsetDateTime.now(ZoneOffset.UTC)).update();
        } catch (DuplicateKeyException stored) {
            // another instance was first: its key is the one
        }
    }

    public void replaceKey(String key) {
        if (jdbc.sql("UPDATE link_key SET key_value = ?, changed_at = ? WHERE id = 1")
                .params(key, OffsetDateTime.now(ZoneOffset.UTC)).update() == 0) {
            insertKeyIfNone(key);
        }
    }

    public void deleteAll() {
        jdbc.sql("DELETE FROM client_link").update();
    }
}
