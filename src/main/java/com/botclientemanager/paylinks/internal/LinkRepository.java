package com.botclientemanager.paylinks.internal;

import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code client_link} table ({@code V3_22__client_links.sql}): per client, the link's generation and token hash. */
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

    public void deleteAll() {
        jdbc.sql("DELETE FROM client_link").update();
    }
}
