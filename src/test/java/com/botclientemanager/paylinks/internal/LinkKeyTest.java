package com.botclientemanager.paylinks.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Two instances on one database, each with its own data dir, as `ScaleOutTest` runs them on PostgreSQL. */
class LinkKeyTest {

    @TempDir
    Path firstDataDir;
    @TempDir
    Path secondDataDir;

    private LinkRepository links;

    @BeforeEach
    void sharedDatabase() throws Exception {
        JdbcDataSource db = new JdbcDataSource();
        db.setURL("jdbc:h2:mem:links" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
        JdbcClient jdbc = JdbcClient.create(db);
        for (String migration : new String[] {"V3_22__client_links.sql", "V3_27__link_key.sql"}) {
            String script = new ClassPathResource("db/migration/" + migration).getContentAsString(StandardCharsets.UTF_8)
                    .replaceAll("(?m)^--.*$", "");
            Arrays.stream(script.split(";")).filter(s -> !s.isBlank()).forEach(s -> jdbc.sql(s).update());
        }
        links = new LinkRepository(jdbc);
    }

    @Test
    void aLinkMadeByOneInstanceIsTheLinkEveryInstanceMakesAndARevocationOnOneRevokesOnAll() {
        LinkKey first = new LinkKey(firstDataDir, links);
        LinkKey second = new LinkKey(secondDataDir, links);

        String sent = first.token("ana", 1);
        assertThat(second.token("ana", 1)).isEqualTo(sent);
        assertThat(second.token("ana", 2)).isNotEqualTo(sent);

        second.replace();
        assertThat(first.token("ana", 1)).as("revoked on the other instance too").isNotEqualTo(sent)
                .isEqualTo(second.token("ana", 1));
        assertThat(firstDataDir.resolve(LinkKey.KEY_FILE)).as("the key is not left in a data dir").doesNotExist();
    }

    @Test
    void theKeyFileOfAnEarlierVersionIsTakenOverSoTheLinksAlreadySentKeepOpening() throws Exception {
        byte[] olderKey = new byte[32];
        Arrays.fill(olderKey, (byte) 7);
        Files.writeString(firstDataDir.resolve(LinkKey.KEY_FILE), Base64.getEncoder().encodeToString(olderKey) + "\n");
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(olderKey, "HmacSHA256"));
        String sentBefore = Base64.getUrlEncoder().withoutPadding()
                .encodeToString(mac.doFinal("ana:1".getBytes(StandardCharsets.UTF_8)));

        assertThat(new LinkKey(firstDataDir, links).token("ana", 1)).isEqualTo(sentBefore);
        assertThat(new LinkKey(secondDataDir, links).token("ana", 1)).isEqualTo(sentBefore);
    }
}
