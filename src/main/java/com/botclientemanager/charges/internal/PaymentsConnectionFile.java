package com.botclientemanager.charges.internal;

import com.botclientemanager.storage.DataDirectory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code payments-connection.json} in the data dir: the provider and Mercado Pago's token and secret as saved in
 * Settings. Local only (never in settings.json nor the GitHub store), readable by the app's user only (mode 600 from
 * creation), replaced atomically.
 */
@Component
public class PaymentsConnectionFile {

    static final String NAME = "payments-connection.json";
    private static final JsonMapper MAPPER = JsonMapper.builder().build();
    private static final FileAttribute<?> OWNER_ONLY =
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"));

    private final Path file;

    @Autowired
    PaymentsConnectionFile(DataDirectory dataDirectory) {
        this(dataDirectory.root().resolve(NAME));
    }

    PaymentsConnectionFile(Path file) {
        this.file = file;
    }

    /** The saved values by property name ({@code provider}, {@code access-token}...); empty when none were saved. */
    public synchronized Map<String, String> read() {
        Map<String, String> values = new LinkedHashMap<>();
        if (!Files.exists(file)) {
            return values;
        }
        try {
            JsonNode root = MAPPER.readTree(Files.readString(file, StandardCharsets.UTF_8));
            root.properties().forEach(entry -> {
                if (entry.getValue().isString()) {
                    values.put(entry.getKey(), entry.getValue().asString());
                }
            });
            return values;
        } catch (JacksonException e) {
            throw new IllegalStateException(file + " is not valid JSON; fix or delete it and set Mercado Pago up again");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    public synchronized void write(Map<String, String> values) {
        byte[] content = MAPPER.writerWithDefaultPrettyPrinter().writeValueAsBytes(values);
        Path folder = file.toAbsolutePath().getParent();
        try {
            boolean posix = folder.getFileSystem().supportedFileAttributeViews().contains("posix");
            Path temp = posix ? Files.createTempFile(folder, "." + NAME, ".tmp", OWNER_ONLY)
                    : Files.createTempFile(folder, "." + NAME, ".tmp");
            try {
                Files.write(temp, content);
                Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }
}
