package com.botclientemanager.storage.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.CopyOnWriteArrayList;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A GitHub stand-in for MockWebServer speaking the documented repository contents API: GET (base64 JSON, the raw media
 * type, files over 1 MB without content, ETag and If-None-Match), PUT with sha checks (409 on a stale sha, 422 when it is
 * missing), repository and branch endpoints, the commits of a file ({@code GET commits?path=}, newest first) and a
 * file as it was in one of them ({@code ref=<commit sha>}), a folder's listing (GET on a folder path), DELETE with the
 * file's sha, Bearer token checks. {@link #failNext} scripts error answers.
 */
public class FakeGitHub extends Dispatcher {

    public static final String OWNER = "maria";
    public static final String REPO = "clientes";
    public static final String BRANCH = "main";
    public static final String TOKEN = "github_pat_test_secret";
    static final int ONE_MB = 1024 * 1024;

    private static final JsonMapper JSON = JsonMapper.builder().build();

    record Commit(String path, String message, String content) {
    }

    private record Scripted(String method, MockResponse response) {
    }

    /** One commit of one file, as the commits API lists it. */
    record Version(String commitSha, java.time.Instant date, String message, byte[] content) {
    }

    private final Map<String, byte[]> files = new HashMap<>();
    private final Map<String, String> shas = new HashMap<>();
    private final ConcurrentLinkedDeque<Scripted> scripted = new ConcurrentLinkedDeque<>();
    final List<RecordedRequest> requests = new CopyOnWriteArrayList<>();
    final List<Commit> commits = new CopyOnWriteArrayList<>();
    private final Map<String, List<Version>> history = new HashMap<>();
    private int commitCount;
    boolean repositoryExists = true;
    boolean branchExists = true;
    boolean canPush = true;

    public synchronized void putFile(String path, String content) {
        putFile(path, content.getBytes(StandardCharsets.UTF_8));
    }

    synchronized void putFile(String path, byte[] content) {
        putFile(path, content, "Edição em outro lugar");
    }

    /** Commits the file as someone else would (on github.com), with this message. */
    synchronized String putFile(String path, byte[] content, String message) {
        files.put(path, content);
        shas.put(path, blobSha(content));
        String commit = blobSha(("commit " + ++commitCount).getBytes(StandardCharsets.UTF_8));
        history.computeIfAbsent(path, p -> new ArrayList<>())
                .add(new Version(commit, java.time.Instant.now(), message, content));
        return commit;
    }

    /** The commits of a file, oldest first. */
    synchronized List<Version> history(String path) {
        return List.copyOf(history.getOrDefault(path, List.of()));
    }

    public synchronized String file(String path) {
        byte[] content = files.get(path);
        return content == null ? null : new String(content, StandardCharsets.UTF_8);
    }

    synchronized String sha(String path) {
        return shas.get(path);
    }

    /** The next request with this method gets this answer instead of the normal one. */
    public void failNext(String method, MockResponse response) {
        scripted.add(new Scripted(method, response));
    }

    public long count(String method) {
        return requests.stream().filter(r -> r.getMethod().equals(method)).count();
    }

    List<RecordedRequest> requests(String method) {
        return requests.stream().filter(r -> r.getMethod().equals(method)).toList();
    }

    @Override
    public synchronized MockResponse dispatch(RecordedRequest request) {
        requests.add(request);
        for (Scripted s : scripted) {
            if (s.method().equals(request.getMethod()) && scripted.remove(s)) {
                return s.response();
            }
        }
        if (!("Bearer " + TOKEN).equals(request.getHeaders().get("Authorization"))) {
            return json(401, "{\"message\":\"Bad credentials\",\"documentation_url\":\"https://docs.github.com/rest\"}");
        }
        List<String> segments = request.getUrl().pathSegments();
        String repoPrefix = "repos/" + OWNER + "/" + REPO;
        String joined = String.join("/", segments);
        if (!repositoryExists || !joined.startsWith(repoPrefix)) {
            return notFound();
        }
        String rest = joined.substring(repoPrefix.length());
        if (rest.isEmpty()) {
            return json(200, "{\"full_name\":\"" + OWNER + "/" + REPO + "\",\"permissions\":{\"admin\":false,\"push\":"
                    + canPush + ",\"pull\":true}}");
        }
        if (rest.equals("/branches/" + BRANCH)) {
            return branchExists ? json(200, "{\"name\":\"" + BRANCH + "\"}") : notFound();
        }
        if (rest.equals("/commits") && request.getMethod().equals("GET")) {
            return commitsOf(request);
        }
        if (rest.startsWith("/contents/")) {
            String path = rest.substring("/contents/".length());
            return switch (request.getMethod()) {
                case "GET" -> get(request, path);
                case "PUT" -> put(request, path);
                case "DELETE" -> delete(request, path);
                default -> json(405, "{}");
            };
        }
        return notFound();
    }

    private MockResponse commitsOf(RecordedRequest request) {
        String path = request.getUrl().queryParameter("path");
        String perPage = request.getUrl().queryParameter("per_page");
        List<Version> versions = new ArrayList<>(history.getOrDefault(path, List.of()));
        java.util.Collections.reverse(versions);
        var body = JSON.createArrayNode();
        versions.stream().limit(perPage == null ? 30 : Integer.parseInt(perPage)).forEach(v -> {
            ObjectNode node = body.addObject();
            node.put("sha", v.commitSha());
            ObjectNode commit = node.putObject("commit");
            commit.put("message", v.message());
            commit.putObject("committer").put("name", "GitHub").put("date", v.date().toString());
        });
        return json(200, body.toString());
    }

    private MockResponse get(RecordedRequest request, String path) {
        String ref = request.getUrl().queryParameter("ref");
        Version atCommit = ref == null || ref.equals(BRANCH) ? null : history.getOrDefault(path, List.of()).stream()
                .filter(v -> v.commitSha().equals(ref)).findFirst().orElse(null);
        if (!branchExists || (ref != null && !ref.equals(BRANCH) && atCommit == null)) {
            return json(404, "{\"message\":\"No commit found for the ref " + ref + "\"}");
        }
        byte[] content = atCommit != null ? atCommit.content() : files.get(path);
        if (content == null) {
            return atCommit == null ? listing(path) : notFound();
        }
        String sha = blobSha(content);
        String etag = "W/\"" + sha + "\"";
        if (etag.equals(request.getHeaders().get("If-None-Match"))) {
            return new MockResponse.Builder().code(304).addHeader("ETag", etag).build();
        }
        if ("application/vnd.github.raw+json".equals(request.getHeaders().get("Accept"))) {
            return new MockResponse.Builder().code(200).addHeader("Content-Type", "application/vnd.github.raw+json")
                    .addHeader("ETag", etag).body(new okio.Buffer().write(content)).build();
        }
        ObjectNode body = JSON.createObjectNode();
        body.put("type", "file");
        body.put("size", content.length);
        body.put("name", path.substring(path.lastIndexOf('/') + 1));
        body.put("path", path);
        body.put("sha", sha);
        if (content.length > ONE_MB) {
            body.put("encoding", "none");
            body.put("content", "");
        } else {
            body.put("encoding", "base64");
            body.put("content", Base64.getMimeEncoder(60, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(content) + "\n");
        }
        return new MockResponse.Builder().code(200).addHeader("Content-Type", "application/json; charset=utf-8")
                .addHeader("ETag", etag).addHeader("x-ratelimit-remaining", "4999").body(body.toString()).build();
    }

    private MockResponse put(RecordedRequest request, String path) {
        JsonNode body = JSON.readTree(request.getBody().utf8());
        if (!body.hasNonNull("message") || !body.hasNonNull("content")) {
            return json(422, "{\"message\":\"Invalid request.\"}");
        }
        if (!BRANCH.equals(body.path("branch").asString(BRANCH))) {
            return json(404, "{\"message\":\"Branch not found\"}");
        }
        String current = shas.get(path);
        String sent = body.path("sha").asString(null);
        if (current != null && sent == null) {
            return json(422, "{\"message\":\"Invalid request.\\n\\n\\\"sha\\\" wasn't supplied.\"}");
        }
        if (current != null && !current.equals(sent)) {
            return json(409, "{\"message\":\"" + path + " does not match " + sent + "\"}");
        }
        byte[] content = Base64.getDecoder().decode(body.get("content").asString());
        boolean created = current == null;
        putFile(path, content, body.get("message").asString());
        commits.add(new Commit(path, body.get("message").asString(), new String(content, StandardCharsets.UTF_8)));
        return json(created ? 201 : 200, "{\"content\":{\"name\":\"" + path + "\",\"path\":\"" + path + "\",\"sha\":\""
                + shas.get(path) + "\"},\"commit\":{\"sha\":\"" + blobSha(("c" + commits.size()).getBytes())
                + "\",\"message\":" + JSON.writeValueAsString(body.get("message").asString()) + "}}");
    }

    /** A folder: its files (one level), as the contents API lists them; 404 when no file is under it. */
    private MockResponse listing(String folder) {
        var body = JSON.createArrayNode();
        files.keySet().stream().filter(p -> p.startsWith(folder + "/") && p.indexOf('/', folder.length() + 1) < 0)
                .sorted().forEach(p -> body.addObject().put("type", "file").put("name", p.substring(folder.length() + 1))
                        .put("path", p).put("sha", shas.get(p)).put("size", files.get(p).length));
        return body.isEmpty() ? notFound() : json(200, body.toString());
    }

    private MockResponse delete(RecordedRequest request, String path) {
        JsonNode body = JSON.readTree(request.getBody().utf8());
        String current = shas.get(path);
        if (current == null) {
            return notFound();
        }
        if (!current.equals(body.path("sha").asString(null))) {
            return json(409, "{\"message\":\"" + path + " does not match\"}");
        }
        files.remove(path);
        shas.remove(path);
        String commit = blobSha(("commit " + ++commitCount).getBytes(StandardCharsets.UTF_8));
        deleted.add(path);
        return json(200, "{\"content\":null,\"commit\":{\"sha\":\"" + commit + "\"}}");
    }

    /** The files deleted, in order. */
    final List<String> deleted = new CopyOnWriteArrayList<>();

    /** Every write that changed the repository, in order: "PUT path" or "DELETE path", with the bytes stored by it. */
    public List<String> writes() {
        return requests.stream().filter(r -> r.getMethod().equals("PUT") || r.getMethod().equals("DELETE"))
                .map(r -> r.getMethod() + " " + String.join("/", r.getUrl().pathSegments())
                        .replaceFirst("^repos/" + OWNER + "/" + REPO + "/contents/", ""))
                .toList();
    }

    /** The bytes of the files the PUTs stored (what the repository grows by), in order. */
    public List<Integer> storedBytes() {
        return commits.stream().map(c -> c.content().getBytes(StandardCharsets.UTF_8).length).toList();
    }

    private static MockResponse notFound() {
        return json(404, "{\"message\":\"Not Found\",\"documentation_url\":\"https://docs.github.com/rest\"}");
    }

    public static MockResponse json(int code, String body) {
        return new MockResponse.Builder().code(code).addHeader("Content-Type", "application/json; charset=utf-8")
                .body(body).build();
    }

    static String blobSha(byte[] content) {
        try {
            MessageDigest sha1 = MessageDigest.getInstance("SHA-1");
            sha1.update(("blob " + content.length + "\0").getBytes(StandardCharsets.US_ASCII));
            return HexFormat.of().formatHex(sha1.digest(content));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static List<String> lines(String text) {
        return new ArrayList<>(List.of(text.split("\n")));
    }
}
