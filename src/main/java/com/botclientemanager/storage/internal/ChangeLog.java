package com.botclientemanager.storage.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The change log beside a big document ({@code clients.json.log}): one JSON line per change ({@link ListChanges}),
 * each forced to disk before the change counts as stored. Its first line names the file it applies to (size and CRC32
 * of its bytes), so it is never replayed onto a file written after it.
 */
final class ChangeLog {

    private static final JsonMapper COMPACT = JsonMapper.builder()
            .enable(tools.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();

    private final Path path;

    /** The version of the file a log applies to. */
    record FileVersion(long size, long crc32) {
    }

    /**
     * What a log holds: its header's file version, its complete lines after the header (raw, parsed when replayed),
     * and whether a torn last line was cut off.
     */
    record Content(FileVersion appliesTo, List<byte[]> lines, boolean torn) {
    }

    ChangeLog(Path documentFile) {
        this.path = documentFile.resolveSibling(documentFile.getFileName() + ".log");
    }

    Path path() {
        return path;
    }

    boolean exists() {
        return Files.exists(path);
    }

    /** Starts the log for this version of the file (any earlier log is replaced); returns its size. */
    long start(FileVersion file) throws IOException {
        ObjectNode header = COMPACT.createObjectNode().put("file", path.getFileName().toString().replaceFirst("\\.log$", ""))
                .put("size", file.size()).put("crc32", file.crc32());
        byte[] line = line(header);
        try (FileChannel channel = FileChannel.open(path, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            channel.write(ByteBuffer.wrap(line));
            channel.force(true);
        }
        AtomicFiles.forceFolder(path.toAbsolutePath().getParent());
        return line.length;
    }

    /**
     * Appends one line after the first {@code size} bytes and forces it to disk; returns the bytes it added. A line
     * that fails half-way (a full disk) is cut off again, so the next one starts on a line of its own.
     */
    int append(ObjectNode change, long size) throws IOException {
        byte[] line = line(change);
        try (FileChannel channel = FileChannel.open(path, StandardOpenOption.WRITE)) {
            try {
                channel.position(size);
                ByteBuffer buffer = ByteBuffer.wrap(line);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                channel.force(false);
            } catch (IOException e) {
                try {
                    channel.truncate(size);
                } catch (IOException ignored) {
                    // a torn last line is dropped on load anyway
                }
                throw e;
            }
        }
        return line.length;
    }

    /** Null when there is no log, or its header is torn (the crash came while starting it: nothing was logged). */
    Content read() throws IOException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(path);
        } catch (NoSuchFileException e) {
            return null;
        }
        List<byte[]> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                lines.add(java.util.Arrays.copyOfRange(bytes, start, i));
                start = i + 1;
            }
        }
        boolean torn = start < bytes.length;
        if (torn) {
            try (FileChannel channel = FileChannel.open(path, StandardOpenOption.WRITE)) {
                channel.truncate(start); // the next line must start on a line of its own
                channel.force(true);
            }
        }
        if (lines.isEmpty()) {
            return null;
        }
        ObjectNode header;
        try {
            header = (ObjectNode) COMPACT.readTree(lines.getFirst());
        } catch (RuntimeException e) {
            return new Content(new FileVersion(-1, -1), List.of(), torn);
        }
        FileVersion appliesTo = new FileVersion(header.path("size").asLong(-1), header.path("crc32").asLong(-1));
        return new Content(appliesTo, lines.subList(1, lines.size()), torn);
    }

    static ObjectNode parse(byte[] line) {
        return (ObjectNode) COMPACT.readTree(line);
    }

    void delete() throws IOException {
        Files.deleteIfExists(path);
    }

    private static byte[] line(ObjectNode node) {
        byte[] json = COMPACT.writeValueAsBytes(node);
        byte[] line = java.util.Arrays.copyOf(json, json.length + 1);
        line[json.length] = '\n';
        return line;
    }

    @Override
    public String toString() {
        return path.toString();
    }
}
