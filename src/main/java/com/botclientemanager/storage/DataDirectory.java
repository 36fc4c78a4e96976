package com.botclientemanager.storage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.stereotype.Component;

/** The folder that holds every local file of the app ({@code app.data-dir}); created when missing. */
@Component
public class DataDirectory {

    private final Path root;

    public DataDirectory(StorageProperties properties) {
        this.root = properties.dataDir().toAbsolutePath().normalize();
        try {
            Files.createDirectories(root);
        } catch (IOException e) {
            throw new UncheckedIOException("app.data-dir: cannot create the data folder " + root, e);
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
}
