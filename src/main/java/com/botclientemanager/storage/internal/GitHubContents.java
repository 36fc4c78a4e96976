package com.botclientemanager.storage.internal;

import com.botclientemanager.storage.Document;
import com.botclientemanager.storage.StorageProperties;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The GitHub REST API calls the store needs: get and put a file through the repository contents API, and check that the
 * repository and branch are reachable. The token only ever goes into the Authorization header.
 */
class GitHubContents {

    static final String JSON_MEDIA = "application/vnd.github+json";
    static final String RAW_MEDIA = "application/vnd.github.raw+json";
    private static final String API_VERSION = "2022-11-28";
    private static final MediaType JSON = MediaType.get("application/json");
    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    /** A file as read: its bytes, blob sha and the ETag for the next conditional read. */
    record Fetched(byte[] content, String sha, String etag) {
    }

    /** A commit that changed a file: its sha, when it was committed and its message. */
    record Commit(String sha, Instant date, String message) {
    }

    /** Result of a conditional read whose ETag still matches. */
    static final Fetched NOT_MODIFIED = new Fetched(null, null, null);
    /** The repository and branch exist but the file does not (yet). */
    static final Fetched MISSING = new Fetched(new byte[0], null, null);

    private final OkHttpClient http;
    private final StorageProperties.GitHub config;
    private final Clock clock;
    private volatile Instant quietUntil = Instant.EPOCH;

    GitHubContents(OkHttpClient http, StorageProperties.GitHub config, Clock clock) {
        this.http = http;
        this.config = config;
        this.clock = clock;
    }

    /** GitHub said no requests remain until this moment ({@code x-ratelimit-remaining: 0}). */
    Instant quietUntil() {
        return quietUntil;
    }

    String filePath(Document document) {
        return config.path().isEmpty() ? document.fileName() : config.path() + "/" + document.fileName();
    }

    String location() {
        return config.repository() + "@" + config.branch() + ":" + (config.path().isEmpty() ? "/" : config.path());
    }

    Fetched fetch(Document document, String etag) {
        return fetch(document, etag, config.branch());
    }

    /** The file as it was in a commit (an earlier version to restore); {@link #MISSING} when it did not exist then. */
    Fetched fetchAt(Document document, String commitSha) {
        return fetch(document, null, commitSha);
    }

    /** The latest commits that changed the file on the branch, newest first. */
    List<Commit> history(Document document, int max) {
        HttpUrl url = repoUrl().addPathSegment("commits").addQueryParameter("path", filePath(document))
                .addQueryParameter("sha", config.branch()).addQueryParameter("per_page", String.valueOf(max)).build();
        try (Response response = call(new Request.Builder().url(url).header("Accept", JSON_MEDIA))) {
            requireSuccess(response, "GET commits of " + filePath(document));
            List<Commit> commits = new ArrayList<>();
            for (JsonNode node : parseBody(response)) {
                String sha = node.path("sha").asString("");
                JsonNode commit = node.path("commit");
                try {
                    commits.add(new Commit(sha, Instant.parse(commit.path("committer").path("date").asString("")),
                            commit.path("message").asString("").lines().findFirst().orElse("")));
                } catch (DateTimeParseException e) {
                    commits.add(new Commit(sha, null, commit.path("message").asString("")));
                }
            }
            return commits;
        }
    }

    private Fetched fetch(Document document, String etag, String ref) {
        Request.Builder request = new Request.Builder().url(contentsUrl(document, ref)).header("Accept", JSON_MEDIA);
        if (etag != null) {
            request.header("If-None-Match", etag);
        }
        try (Response response = call(request)) {
            if (response.code() == 304) {
                return NOT_MODIFIED;
            }
            if (response.code() == 404) {
                checkAccess();
                return MISSING;
            }
            requireSuccess(response, "GET " + filePath(document));
            JsonNode body = parseBody(response);
            if (!body.isObject() || !"file".equals(body.path("type").asString("file"))) {
                throw new GitHubException("storage.error.github.not-a-file", response.code(),
                        filePath(document) + " is not a file in " + location(), null);
            }
            String sha = body.path("sha").asString();
            String encoding = body.path("encoding").asString("");
            String content = body.path("content").asString("");
            byte[] bytes = "base64".equals(encoding)
                    ? Base64.getMimeDecoder().decode(content)
                    : fetchRaw(document, ref, body.path("size").asLong(0));
            return new Fetched(bytes, sha, response.header("ETag"));
        }
    }

    /** Files over 1 MB come without content in the JSON answer; the raw media type returns their bytes. */
    private byte[] fetchRaw(Document document, String ref, long size) {
        if (size == 0) {
            return new byte[0];
        }
        Request.Builder request = new Request.Builder().url(contentsUrl(document, ref)).header("Accept", RAW_MEDIA);
        try (Response response = call(request)) {
            requireSuccess(response, "GET raw " + filePath(document));
            return response.body().bytes();
        } catch (IOException e) {
            throw unreachable(e);
        }
    }

    /** Creates ({@code sha} null) or replaces the file; returns the new blob sha. */
    String put(Document document, byte[] content, String sha, String message) {
        ObjectNode body = MAPPER.createObjectNode();
        body.put("message", message);
        body.put("content", Base64.getEncoder().encodeToString(content));
        body.put("branch", config.branch());
        if (sha != null) {
            body.put("sha", sha);
        }
        Request.Builder request = new Request.Builder().url(contentsUrl(document, null)).header("Accept", JSON_MEDIA)
                .put(RequestBody.create(MAPPER.writeValueAsBytes(body), JSON));
        try (Response response = call(request)) {
            requireSuccess(response, "PUT " + filePath(document));
            String newSha = parseBody(response).path("content").path("sha").asString(null);
            if (newSha == null) {
                throw new GitHubException("storage.error.github.unavailable", response.code(),
                        "GitHub answered the PUT without the new sha", null);
            }
            return newSha;
        }
    }

    /** The names of the files in the family's folder ({@code payments/}) on the branch; empty when it does not exist. */
    List<String> list(Document family) {
        String folder = config.path().isEmpty() ? family.name() : config.path() + "/" + family.name();
        HttpUrl url = repoUrl().addPathSegment("contents").addPathSegments(folder)
                .addQueryParameter("ref", config.branch()).build();
        try (Response response = call(new Request.Builder().url(url).header("Accept", JSON_MEDIA))) {
            if (response.code() == 404) {
                checkAccess();
                return List.of();
            }
            requireSuccess(response, "GET " + folder);
            JsonNode body = parseBody(response);
            List<String> names = new ArrayList<>();
            if (body.isArray()) {
                for (JsonNode entry : body) {
                    if ("file".equals(entry.path("type").asString(""))) {
                        names.add(entry.path("name").asString(""));
                    }
                }
            }
            return names;
        }
    }

    /** Deletes the file in one commit; returns the commit's sha. */
    String delete(Document document, String sha, String message) {
        ObjectNode body = MAPPER.createObjectNode();
        body.put("message", message);
        body.put("sha", sha);
        body.put("branch", config.branch());
        Request.Builder request = new Request.Builder().url(contentsUrl(document, null)).header("Accept", JSON_MEDIA)
                .delete(RequestBody.create(MAPPER.writeValueAsBytes(body), JSON));
        try (Response response = call(request)) {
            requireSuccess(response, "DELETE " + filePath(document));
            return parseBody(response).path("commit").path("sha").asString("");
        }
    }

    /** Checks that the repository is reachable and writable with the token, and that the branch exists. */
    void checkAccess() {
        HttpUrl repo = repoUrl().build();
        try (Response response = call(new Request.Builder().url(repo).header("Accept", JSON_MEDIA))) {
            if (response.code() == 404) {
                throw new GitHubException("storage.error.github.repository-not-found", 404,
                        "repository " + config.repository() + " not found, or the token cannot see it", null);
            }
            requireSuccess(response, "GET repository");
            JsonNode permissions = parseBody(response).path("permissions");
            if (permissions.isObject() && !permissions.path("push").asBoolean(true)) {
                throw new GitHubException("storage.error.github.read-only", 403,
                        "the token cannot write to " + config.repository(), null);
            }
        }
        HttpUrl branch = repoUrl().addPathSegment("branches").addPathSegment(config.branch()).build();
        try (Response response = call(new Request.Builder().url(branch).header("Accept", JSON_MEDIA))) {
            if (response.code() == 404) {
                throw new GitHubException("storage.error.github.branch-not-found", 404,
                        "branch " + config.branch() + " not found in " + config.repository(), null);
            }
            requireSuccess(response, "GET branch");
        }
    }

    private Response call(Request.Builder request) {
        request.header("Authorization", "Bearer " + config.token())
                .header("X-GitHub-Api-Version", API_VERSION)
                .header("User-Agent", "bot-cliente-manager");
        try {
            Response response = http.newCall(request.build()).execute();
            if ("0".equals(response.header("x-ratelimit-remaining"))) {
                Duration wait = rateLimitWait(response);
                quietUntil = clock.instant().plus(wait == null ? Duration.ofMinutes(1) : wait);
            }
            return response;
        } catch (IOException e) {
            throw unreachable(e);
        }
    }

    private GitHubException unreachable(IOException e) {
        return new GitHubException("storage.error.github.unavailable",
                "GitHub at " + config.apiUrl() + " could not be reached: " + e.getClass().getSimpleName(), e);
    }

    private void requireSuccess(Response response, String what) {
        int code = response.code();
        if (code >= 200 && code < 300) {
            return;
        }
        String detail = what + " answered HTTP " + code;
        Duration wait = rateLimitWait(response);
        String key = switch (code) {
            case 401 -> "storage.error.github.unauthorized";
            case 404 -> "storage.error.github.repository-not-found";
            case 409, 422 -> "storage.error.github.conflict";
            case 429 -> "storage.error.github.rate-limited";
            case 403 -> wait != null ? "storage.error.github.rate-limited" : "storage.error.github.forbidden";
            default -> "storage.error.github.unavailable";
        };
        throw new GitHubException(key, code, detail, wait);
    }

    /** How long GitHub asks to wait: {@code retry-after} seconds, or until {@code x-ratelimit-reset} when none remain. */
    Duration rateLimitWait(Response response) {
        String retryAfter = response.header("retry-after");
        if (retryAfter != null) {
            try {
                return Duration.ofSeconds(Math.max(0, Long.parseLong(retryAfter.trim())));
            } catch (NumberFormatException e) {
                // an HTTP date: GitHub sends seconds; fall back to the reset header or the store's back-off
            }
        }
        if ("0".equals(response.header("x-ratelimit-remaining"))) {
            String reset = response.header("x-ratelimit-reset");
            if (reset != null) {
                try {
                    Duration until = Duration.between(clock.instant(), Instant.ofEpochSecond(Long.parseLong(reset.trim())));
                    return until.isNegative() ? Duration.ZERO : until;
                } catch (NumberFormatException e) {
                    return null;
                }
            }
        }
        return null;
    }

    private JsonNode parseBody(Response response) {
        try {
            return MAPPER.readTree(response.body().string());
        } catch (IOException | JacksonException e) {
            throw new GitHubException("storage.error.github.unavailable", response.code(),
                    "GitHub answered with a body that is not JSON", null);
        }
    }

    private HttpUrl contentsUrl(Document document, String ref) {
        HttpUrl.Builder url = repoUrl().addPathSegment("contents").addPathSegments(filePath(document));
        if (ref != null) {
            url.addQueryParameter("ref", ref);
        }
        return url.build();
    }

    private HttpUrl.Builder repoUrl() {
        HttpUrl base = HttpUrl.get(config.apiUrl().toString());
        return base.newBuilder().addPathSegment("repos").addPathSegment(config.owner()).addPathSegment(config.name());
    }
}
