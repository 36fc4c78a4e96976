package com.botclientemanager.storage;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Pattern;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * Where the app keeps its data: {@code app.data-dir} for every local file, {@code app.storage.*} for the documents.
 */
@Validated
@ConfigurationProperties("app")
public record StorageProperties(@NotNull @DefaultValue("./data") Path dataDir, @Valid @DefaultValue Storage storage) {

    public StorageProperties {
        if (storage == null) {
            storage = new Storage(Type.LOCAL, null, null);
        }
    }

    /**
     * @param logAbove a local file bigger than this gets an append-only change log beside it: a change to one client or
     *                 payment appends a line instead of rewriting the file, and the log is folded into the file in the
     *                 background
     */
    public record Storage(@NotNull @DefaultValue("local") Type type, @Valid @DefaultValue GitHub github,
            @DefaultValue("8MB") DataSize logAbove) {

        public static final DataSize DEFAULT_LOG_ABOVE = DataSize.ofMegabytes(8);

        @ConstructorBinding
        public Storage {
            if (github == null) {
                github = GitHub.defaults();
            }
            if (logAbove == null) {
                logAbove = DEFAULT_LOG_ABOVE;
            }
            if (logAbove.isNegative()) {
                throw new IllegalArgumentException("app.storage.log-above must not be negative, e.g. 8MB; found: "
                        + logAbove);
            }
            if (type == Type.GITHUB) {
                github.requireComplete();
            }
        }

        /** A store of the given type with the default GitHub settings (tests and the local store). */
        public Storage(Type type) {
            this(type, null, null);
        }

        public Storage(Type type, GitHub github) {
            this(type, github, null);
        }
    }

    public enum Type { LOCAL, GITHUB }

    /**
     * The GitHub repository holding the documents ({@code app.storage.github.*}); used when {@code type} is github.
     *
     * @param repository   {@code owner/name}
     * @param branch       the branch to read and commit to
     * @param path         folder inside the repository; empty for its root
     * @param token        a fine-grained token with "Contents: read and write" on the repository (a secret)
     * @param apiUrl       the REST API root; {@code https://HOST/api/v3} for GitHub Enterprise Server
     * @param pollInterval how often the repository is checked for changes made elsewhere
     * @param commitDelay  how long edits are gathered into one commit
     */
    public record GitHub(String repository, @NotNull @DefaultValue("main") String branch, @DefaultValue("") String path,
            String token, @NotNull @DefaultValue("https://api.github.com") URI apiUrl,
            @NotNull @DefaultValue("1m") Duration pollInterval, @NotNull @DefaultValue("3s") Duration commitDelay) {

        private static final Pattern REPOSITORY = Pattern.compile("[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+");

        public GitHub {
            path = path == null ? "" : path.strip().replaceAll("^/+|/+$", "");
        }

        static GitHub defaults() {
            return new GitHub(null, "main", "", null, URI.create("https://api.github.com"), Duration.ofMinutes(1),
                    Duration.ofSeconds(3));
        }

        public String owner() {
            return repository.substring(0, repository.indexOf('/'));
        }

        public String name() {
            return repository.substring(repository.indexOf('/') + 1);
        }

        void requireComplete() {
            if (repository == null || !REPOSITORY.matcher(repository.strip()).matches()) {
                throw new IllegalArgumentException("app.storage.github.repository (APP_STORAGE_GITHUB_REPOSITORY) must be "
                        + "owner/name, e.g. maria/clientes, when app.storage.type is github; found: " + repository);
            }
            if (token == null || token.isBlank()) {
                throw new IllegalArgumentException("app.storage.github.token (APP_STORAGE_GITHUB_TOKEN) must be set when "
                        + "app.storage.type is github: a fine-grained token with \"Contents: read and write\" on "
                        + repository);
            }
            if (branch.isBlank()) {
                throw new IllegalArgumentException("app.storage.github.branch must not be empty");
            }
            if (pollInterval.compareTo(Duration.ofSeconds(10)) < 0 || commitDelay.isNegative()) {
                throw new IllegalArgumentException("app.storage.github.poll-interval must be at least 10s and "
                        + "app.storage.github.commit-delay not negative");
            }
        }

        /** Never shows the token. */
        @Override
        public String toString() {
            return "GitHub[repository=" + repository + ", branch=" + branch + ", path=" + path + ", token="
                    + (token == null || token.isBlank() ? "(none)" : "(set)") + ", apiUrl=" + apiUrl
                    + ", pollInterval=" + pollInterval + ", commitDelay=" + commitDelay + "]";
        }
    }
}
