package com.botclientemanager.storage.internal;

import com.botclientemanager.storage.DataDirectory;
import com.botclientemanager.storage.DocumentStore;
import com.botclientemanager.storage.StorageProperties;
import java.time.Clock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Chooses the document store from {@code app.storage.type}. */
@Configuration(proxyBeanMethods = false)
class StorageConfig {

    @Bean
    @ConditionalOnProperty(name = "app.storage.type", havingValue = "local", matchIfMissing = true)
    DocumentStore localDocumentStore(DataDirectory dataDirectory) {
        return new LocalDocumentStore(dataDirectory, Clock.systemUTC());
    }

    @Bean
    @ConditionalOnProperty(name = "app.storage.type", havingValue = "github")
    DocumentStore gitHubDocumentStore(StorageProperties properties) {
        return GitHubDocumentStore.create(properties.storage().github(), Clock.systemUTC());
    }
}
