package com.botclientemanager.storage.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** Keeps the last {@code keep} versions of each document in the backups folder, newest by name. */
final class Backups {

    static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss.SSSSSS'Z'")
            .withZone(ZoneOffset.UTC);
    /**
     * {@code clients.20261127T101500.123456Z.json}, or {@code ...Z-1.json} for a second copy in the same microsecond; a
     * member of a family by its flat name, {@code payments-2026-11.20261127T...Z.json}.
     */
    private static final Pattern NAME = Pattern.compile("([a-z][a-z0-9-]*)\\.(\\d{8}T\\d{6}\\.\\d{6}Z)(?:-\\d+)?\\.json");

    private final Path folder;
    private final int keep;

    Backups(Path folder, int keep) {
        this.folder = folder;
        this.keep = keep;
    }

    /** Copies the current file of the document {@code base} into the backups and returns the copy. */
    Path keep(Path current, String base, Instant now) throws IOException {
        Path copy = folder.resolve(base + "." + STAMP.format(now) + ".json");
        int suffix = 1;
        while (Files.exists(copy)) {
            copy = folder.resolve(base + "." + STAMP.format(now) + "-" + suffix++ + ".json");
        }
        keepAs(current, copy);
        prune(base);
        return copy;
    }

    /**
     * A hard link when the file system has them: free, whatever the size, and safe because a document is never changed
     * in place (every write renames a new file over it, so the linked version stays as it was). A copy otherwise.
     */
    private static void keepAs(Path current, Path copy) throws IOException {
        try {
            Files.createLink(copy, current);
            return;
        } catch (UnsupportedOperationException | java.nio.file.FileSystemException e) {
            Files.deleteIfExists(copy);
        }
        AtomicFiles.write(copy, Files.readAllBytes(current));
    }

    /** A kept version: its file name (what the person picks) and when it was taken. */
    record Backup(String name, Instant takenAt) {
    }

    /** The kept versions of a document, newest first. */
    List<Backup> list(String base) throws IOException {
        List<Backup> found = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                parse(file.getFileName().toString()).filter(b -> b.name().startsWith(base + ".")).ifPresent(found::add);
            }
        }
        found.sort(Comparator.comparing(Backup::name).reversed());
        return found;
    }

    /** The file of a kept version of this document; empty for any other name (a path, another document's backup). */
    Optional<Path> file(String base, String name) {
        return parse(name).filter(b -> b.name().startsWith(base + ".")).map(b -> folder.resolve(b.name()))
                .filter(Files::isRegularFile);
    }

    private static Optional<Backup> parse(String name) {
        Matcher matcher = NAME.matcher(name);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Backup(name, Instant.from(STAMP.parse(matcher.group(2)))));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private void prune(String base) throws IOException {
        List<Path> versions;
        try (Stream<Path> files = Files.list(folder)) {
            versions = files.filter(f -> f.getFileName().toString().startsWith(base + ".")
                            && f.getFileName().toString().endsWith(".json"))
                    .sorted(Comparator.comparing((Path f) -> f.getFileName().toString()).reversed())
                    .toList();
        }
        for (Path old : versions.subList(Math.min(keep, versions.size()), versions.size())) {
            Files.deleteIfExists(old);
        }
    }
}
