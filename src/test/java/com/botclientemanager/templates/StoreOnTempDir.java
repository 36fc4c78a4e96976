package com.botclientemanager.templates;

import com.botclientemanager.storage.DataDirectory;
import com.botclientemanager.storage.DocumentStore;
import com.botclientemanager.storage.StorageProperties;
import com.botclientemanager.storage.internal.LocalDocumentStore;
import java.nio.file.Path;
import java.time.Clock;

/** The real local document store on a folder; {@link #restart()} reopens it as a new start of the app would. */
final class StoreOnTempDir implements AutoCloseable {

    private final Path folder;
    private DataDirectory directory;
    private DocumentStore store;

    StoreOnTempDir(Path folder) {
        this.folder = folder;
        open();
    }

    DocumentStore store() {
        return store;
    }

    DocumentStore restart() throws Exception {
        close();
        open();
        return store;
    }

    private void open() {
        directory = new DataDirectory(new StorageProperties(folder, new StorageProperties.Storage(StorageProperties.Type.LOCAL)));
        store = new LocalDocumentStore(directory, Clock.systemUTC());
    }

    @Override
    public void close() throws Exception {
        directory.close();
    }
}
