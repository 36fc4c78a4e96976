package com.botclientemanager.storage.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.botclientemanager.storage.DataDirectory;
import com.botclientemanager.storage.Document;
import com.botclientemanager.storage.DocumentStore;
import com.botclientemanager.storage.StorageProperties;
import java.nio.file.Path;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/** app.storage.type selects the adapter, and the GitHub one reads the configured repository. */
class StorageConfigTest {

    @Configuration
    @EnableConfigurationProperties(StorageProperties.class)
    @Import({StorageConfig.class, DataDirectory.class})
    static class Config {
    }

    @TempDir
    Path dataDir;

    private ApplicationContextRunner runner() {
        return new ApplicationContextRunner().withUserConfiguration(Config.class)
                .withPropertyValues("app.data-dir=" + dataDir);
    }

    @Test
    void localIsTheDefault() {
        runner().run(context -> assertThat(context.getBean(DocumentStore.class)).isInstanceOf(LocalDocumentStore.class));
    }

    @Test
    void githubReadsTheConfiguredRepository() throws Exception {
        FakeGitHub github = new FakeGitHub();
        github.putFile("dados/clients.json", "{\"clients\":[{\"id\":\"a\",\"name\":\"Ana\"}]}");
        try (MockWebServer server = new MockWebServer()) {
            server.setDispatcher(github);
            server.start();
            runner().withPropertyValues("app.storage.type=github", "app.storage.github.repository=maria/clientes",
                    "app.storage.github.path=dados", "app.storage.github.token=" + FakeGitHub.TOKEN,
                    "app.storage.github.api-url=" + server.url("/")).run(context -> {
                        DocumentStore store = context.getBean(DocumentStore.class);
                        assertThat(store).isInstanceOf(GitHubDocumentStore.class);
                        assertThat(store.read(Document.CLIENTS).get("clients").get(0).get("name").asString()).isEqualTo("Ana");
                        assertThat(store.status().location()).isEqualTo("maria/clientes@main:dados");
                    });
        }
    }
}
