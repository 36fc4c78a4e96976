package com.botclientemanager.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

/** app.storage.* binds with its defaults, and a GitHub store without a valid repository or token stops the start-up. */
class StoragePropertiesTest {

    @Configuration
    @EnableConfigurationProperties(StorageProperties.class)
    static class Config {
    }

    private final ApplicationContextRunner runner = new ApplicationContextRunner().withUserConfiguration(Config.class);

    @Test
    void defaultsToLocalWithGitHubDefaults() {
        runner.run(context -> {
            StorageProperties properties = context.getBean(StorageProperties.class);
            assertThat(properties.storage().type()).isEqualTo(StorageProperties.Type.LOCAL);
            assertThat(properties.storage().github().branch()).isEqualTo("main");
            assertThat(properties.storage().github().apiUrl()).hasToString("https://api.github.com");
            assertThat(properties.storage().github().pollInterval()).isEqualTo(Duration.ofMinutes(1));
        });
    }

    @Test
    void bindsAGitHubStoreAndNeverShowsTheToken() {
        runner.withPropertyValues("app.storage.type=github", "app.storage.github.repository=maria/clientes",
                "app.storage.github.token=github_pat_secret", "app.storage.github.path=/dados/",
                "app.storage.github.api-url=https://ghe.example.com/api/v3").run(context -> {
                    StorageProperties.GitHub github = context.getBean(StorageProperties.class).storage().github();
                    assertThat(github.owner()).isEqualTo("maria");
                    assertThat(github.name()).isEqualTo("clientes");
                    assertThat(github.path()).isEqualTo("dados");
                    assertThat(github.apiUrl()).hasToString("https://ghe.example.com/api/v3");
                    assertThat(context.getBean(StorageProperties.class).toString()).doesNotContain("github_pat_secret");
                });
    }

    @Test
    void aGitHubStoreWithoutOwnerSlashNameOrTokenRefusesToStart() {
        runner.withPropertyValues("app.storage.type=github", "app.storage.github.repository=clientes",
                "app.storage.github.token=x").run(context -> assertThat(context).getFailure()
                        .rootCause().hasMessageContaining("app.storage.github.repository"));
        runner.withPropertyValues("app.storage.type=github", "app.storage.github.repository=maria/clientes")
                .run(context -> assertThat(context).getFailure().rootCause().hasMessageContaining("app.storage.github.token"));
    }
}
