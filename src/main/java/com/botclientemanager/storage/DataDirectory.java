package com.botclientemanager.storage;

import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.springframework.stereotype.Component;

/**
 * The folder that holds every local file of the app ({@code app.data-dir}); created when missing. It is locked for the
 * life of the process, so a second instance on the same folder refuses to start instead of corrupting the data.
 */
@Component
public class DataDirectory implements AutoCloseable {

    static final String LOCK_FILE = ".lock";

    private final Path root;
    private final FileChannel lockChannel;
    private final FileLock lock;

    public DataDirectory(StorageProperties properties) {
        this.root = properties.dataDir().toAbsolutePath().normalize();
        try {
            Files.createDirectories(root);
            lockChannel = FileChannel.open(root.resolve(LOCK_FILE), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock acquired;
            try {
                acquired = lockChannel.tryLock();
            } catch (OverlappingFileLockException e) {
                acquired = null;
            }
            if (acquired == null) {
                lockChannel.close();
                throw new IllegalStateException("The data folder " + root + " is already in use by another Bot Cliente "
                        + "Manager (lock file " + root.resolve(LOCK_FILE) + "). Stop the other instance, or give this one "
                        + "its own folder with APP_DATA_DIR. To run several instances, share PostgreSQL and the GitHub "
                        + "store, not a data folder.");
            }
            lock = acquired;
        } catch (IOException e) {
            throw new UncheckedIOException("app.data-dir: cannot create or lock the data folder " + root, e);
        }
    }

    public Path root() {
        return root;
    }

    /** A sub-folder of the data dir, created when missing. */
    public Path folder(String name) {
        Path folder = root.resolve(name);
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + folder, e);
        }
        return folder;
    }

    /** Releases the folder's lock (when the app stops). */
    @PreDestroy
    @Override
    public void close() throws IOException {
        lock.release();
        lockChannel.close();
    }
}
