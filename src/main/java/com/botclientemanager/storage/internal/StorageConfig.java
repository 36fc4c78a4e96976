package com.botclientemanager.storage.internal;

import com.botclientemanager.storage.DataDirectory;
import com.botclientemanager.storage.DocumentCheck;
import com.botclientemanager.storage.DocumentStore;
import com.botclientemanager.storage.StorageProperties;
import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Chooses the document store from {@code app.storage.type}. */
@Configuration(proxyBeanMethods = false)
class StorageConfig {

    @Bean
    @ConditionalOnProperty(name = "app.storage.type", havingValue = "local", matchIfMissing = true)
    DocumentStore localDocumentStore(DataDirectory dataDirectory, StorageProperties properties,
            ObjectProvider<DocumentCheck> checks) {
        // closed on shutdown (inferred close()): every change log is folded into its file
        return new LocalDocumentStore(dataDirectory, Clock.systemUTC(), reader(checks),
                properties.storage().logAbove().toBytes(), LocalDocumentStore.QUIET);
    }

    @Bean
    @ConditionalOnProperty(name = "app.storage.type", havingValue = "github")
    DocumentStore gitHubDocumentStore(StorageProperties properties, ObjectProvider<DocumentCheck> checks) {
        return GitHubDocumentStore.create(properties.storage().github(), Clock.systemUTC(), reader(checks));
    }

    /** The modules' checks, looked up at each load: they are beans of other modules, created after the store. */
    private static DocumentReader reader(ObjectProvider<DocumentCheck> checks) {
        return new DocumentReader(() -> checks.orderedStream().toList());
    }
}
