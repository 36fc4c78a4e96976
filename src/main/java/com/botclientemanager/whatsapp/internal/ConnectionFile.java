package com.botclientemanager.whatsapp.internal;

import com.botclientemanager.storage.DataDirectory;
import com.botclientemanager.whatsapp.ConnectionField;
import com.botclientemanager.whatsapp.ConnectionSettings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * {@code whatsapp-connection.json} in the data dir: the provider and its values, secrets included, as saved on the
 * WhatsApp page. Local only (never in settings.json nor the GitHub store), readable by the app's user only (mode 600
 * from creation), replaced atomically.
 */
@Component
public class ConnectionFile {

    static final String NAME = "whatsapp-connection.json";
    private static final FileAttribute<?> OWNER_ONLY =
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"));

    private final Path file;

    ConnectionFile(DataDirectory dataDirectory) {
        this.file = dataDirectory.root().resolve(NAME);
    }

    public Path path() {
        return file;
    }

    /** The saved values; empty when nothing was saved yet. A damaged file is an error, never silently ignored. */
    public synchronized ConnectionSettings read() {
        if (!Files.exists(file)) {
            return ConnectionSettings.empty();
        }
        try {
            JsonNode root = HttpSupport.MAPPER.readTree(Files.readString(file, StandardCharsets.UTF_8));
            Map<ConnectionField, String> values = new EnumMap<>(ConnectionField.class);
            for (ConnectionField field : ConnectionField.values()) {
                String value = HttpSupport.text(root.path(field.jsonName()));
                if (value != null) {
                    values.put(field, value);
                }
            }
            return ConnectionSettings.of(values);
        } catch (JacksonException e) {
            throw new IllegalStateException(file + " is not valid JSON; fix or delete it and set up WhatsApp again");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    public synchronized void write(ConnectionSettings settings) {
        Map<String, String> json = new LinkedHashMap<>();
        settings.values().forEach((field, value) -> json.put(field.jsonName(), value));
        byte[] content = HttpSupport.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsBytes(json);
        Path folder = file.toAbsolutePath().getParent();
        try {
            boolean posix = folder.getFileSystem().supportedFileAttributeViews().contains("posix");
            Path temp = posix ? Files.createTempFile(folder, "." + NAME, ".tmp", OWNER_ONLY)
                    : Files.createTempFile(folder, "." + NAME, ".tmp");
            try {
                try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                    channel.write(java.nio.ByteBuffer.wrap(content));
                    channel.force(true);
                }
                Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }
}
