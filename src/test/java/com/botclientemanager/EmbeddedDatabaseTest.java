package com.botclientemanager;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.config.YamlPropertiesFactoryBean;
import org.springframework.core.io.ClassPathResource;

/**
 * The embedded H2 database as application.yml configures it, behind a real Hikari pool: a thread interrupted in the
 * middle of a commit (JobRunr interrupts its workers when it stops) must not take the database down for the screens.
 */
class EmbeddedDatabaseTest {

    @TempDir
    Path dataDir;

    @Test
    void aCommitInterruptedMidWriteLeavesTheDatabaseWorkingForEveryOtherConnection() throws Exception {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(configuredUrl().replace("${app.data-dir}", dataDir.toString()));
        config.setUsername("sa");
        config.setMaximumPoolSize(2);
        try (HikariDataSource pool = new HikariDataSource(config)) {
            try (Connection screen = pool.getConnection(); Statement statement = screen.createStatement()) {
                statement.execute("CREATE TABLE paid (id INT AUTO_INCREMENT PRIMARY KEY, note VARCHAR(2000))");
                statement.execute("INSERT INTO paid (note) VALUES ('before')");
            }
            for (int i = 0; i < 5; i++) {
                Thread worker = Thread.ofVirtual().start(() -> {
                    try (Connection connection = pool.getConnection(); Statement statement = connection.createStatement()) {
                        connection.setAutoCommit(false);
                        statement.execute("INSERT INTO paid (note) VALUES ('" + "x".repeat(1500) + "')");
                        Thread.currentThread().interrupt(); // as JobRunr's stop does to a worker about to commit
                        connection.commit();
                    } catch (Exception e) {
                        // the worker may fail; the others must not
                    }
                });
                worker.join();
            }
            try (Connection screen = pool.getConnection(); Statement statement = screen.createStatement()) {
                statement.execute("INSERT INTO paid (note) VALUES ('after')");
                try (ResultSet notes = statement.executeQuery("SELECT note FROM paid WHERE note IN ('before', 'after') ORDER BY id")) {
                    assertThat(notes.next()).isTrue();
                    assertThat(notes.getString(1)).isEqualTo("before");
                    assertThat(notes.next()).isTrue();
                    assertThat(notes.getString(1)).isEqualTo("after");
                }
            }
        }
    }

    private static String configuredUrl() {
        YamlPropertiesFactoryBean yaml = new YamlPropertiesFactoryBean();
        yaml.setResources(new ClassPathResource("application.yml"));
        Properties properties = yaml.getObject();
        return properties.getProperty("spring.datasource.url");
    }
}
