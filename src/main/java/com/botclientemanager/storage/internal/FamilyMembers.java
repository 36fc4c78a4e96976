package com.botclientemanager.storage.internal;

import com.botclientemanager.storage.Document;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The members of a family of documents in the {@link GitHubDocumentStore}: its folder on the branch, listed again after
 * a poll interval rather than on every call, and the members this app created whose first commit is still pending.
 * Takes the store's monitor ({@code lock}) where the store did, never across a request to GitHub.
 */
final class FamilyMembers {

    private final Object lock;
    private final Map<Document, RemoteDocument> documents;
    private final GitHubContents github;
    private final Duration pollInterval;
    private final Clock clock;
    /** The last listing of each family's folder. Guarded by {@code lock}. */
    private final Map<String, Listing> listings = new HashMap<>();

    private record Listing(Instant at, List<String> names) {
    }

    FamilyMembers(Object lock, Map<Document, RemoteDocument> documents, GitHubContents github, Duration pollInterval,
            Clock clock) {
        this.lock = lock;
        this.documents = documents;
        this.github = github;
        this.pollInterval = pollInterval;
        this.clock = clock;
    }

    List<String> of(Document family) {
        TreeSet<String> keys = new TreeSet<>();
        Listing listing;
        synchronized (lock) {
            listing = listings.get(family.name());
        }
        if (listing == null || listing.at().plus(pollInterval).isBefore(clock.instant())) {
            listing = new Listing(clock.instant(), github.list(family));
            synchronized (lock) {
                listings.put(family.name(), listing);
            }
        }
        for (String name : listing.names()) {
            memberKey(family, name).ifPresent(keys::add);
        }
        synchronized (lock) {
            documents.forEach((document, remote) -> {
                if (document.isMember() && document.sameFamily(family) && (remote.sha != null || !remote.pending.isEmpty())) {
                    keys.add(document.key());
                }
            });
        }
        return List.copyOf(keys);
    }

    /**
     * The key of the member of {@code family} a file in its folder holds ({@code 2026-11.json}: {@code 2026-11}); empty
     * for a file the app did not write (e.g. "notas antigas.json"). Both stores list a family's folder this way.
     */
    static Optional<String> memberKey(Document family, String fileName) {
        if (!fileName.endsWith(".json")) {
            return Optional.empty();
        }
        String key = fileName.substring(0, fileName.length() - ".json".length());
        try {
            return Optional.of(family.member(key).key());
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
