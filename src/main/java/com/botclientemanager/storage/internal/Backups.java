package com.botclientemanager.storage.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** Keeps the last {@code keep} versions of each document in the backups folder, newest by name. */
final class Backups {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss.SSSSSS'Z'")
            .withZone(ZoneOffset.UTC);

    private final Path folder;
    private final int keep;

    Backups(Path folder, int keep) {
        this.folder = folder;
        this.keep = keep;
    }

    void keep(Path current, Instant now) throws IOException {
        String name = current.getFileName().toString();
        String base = name.endsWith(".json") ? name.substring(0, name.length() - 5) : name;
        Path copy = folder.resolve(base + "." + STAMP.format(now) + ".json");
        int suffix = 1;
        while (Files.exists(copy)) {
            copy = folder.resolve(base + "." + STAMP.format(now) + "-" + suffix++ + ".json");
        }
        AtomicFiles.write(copy, Files.readAllBytes(current));
        prune(base);
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
