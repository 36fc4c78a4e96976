package com.botclientemanager.storage.internal;

import com.botclientemanager.storage.DataDirectory;
import com.botclientemanager.storage.DocumentCheck;
import com.botclientemanager.storage.DocumentStore;
import com.botclientemanager.storage.StorageProperties;
import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Chooses the document store from {@code app.storage.type} when the bean is created, not with a condition: a
 * condition is fixed at build time when the app starts from Spring's generated (AOT) bean definitions.
 */
@Configuration(proxyBeanMethods = false)
class StorageConfig {

    @Bean
    DocumentStore documentStore(StorageProperties properties, ObjectProvider<DataDirectory> dataDirectory,
            ObjectProvider<DocumentCheck> checks) {
        DocumentReader reader = reader(checks);
        // closed on shutdown (DocumentStore is AutoCloseable): every change log is folded into its file, and the GitHub
        // store writes the edits it gathered
        return switch (properties.storage().type()) {
            case LOCAL -> new LocalDocumentStore(dataDirectory.getObject(), Clock.systemUTC(), reader,
                    properties.storage().logAbove().toBytes(), LocalDocumentStore.QUIET);
            case GITHUB -> GitHubDocumentStore.create(properties.storage().github(), Clock.systemUTC(), reader);
        };
    }

    /** The modules' checks, looked up at each load: they are beans of other modules, created after the store. */
    private static DocumentReader reader(ObjectProvider<DocumentCheck> checks) {
        return new DocumentReader(() -> checks.orderedStream().toList());
    }
}
