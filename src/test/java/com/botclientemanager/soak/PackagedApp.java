package com.botclientemanager.soak;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import tools.jackson.databind.json.JsonMapper;

/**
 * The packaged jar as a child process on 127.0.0.1, with its own log file; asks its actuator (the admin's HTTP Basic
 * login for metrics) and runs {@code jcmd} on it. {@link #close} always ends it.
 */
final class PackagedApp implements AutoCloseable {

    static final String ADMIN = "admin";
    static final String FAST_START = "Fast start: bean definitions generated at build time";
    private static final String STANDARD_START = "Standard start (build-time bean definitions not used)";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Process process;
    private long logScanned;
    private boolean outOfMemorySeen;
    private final Path log;
    private final int port;
    private final String authorization;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    private PackagedApp(Process process, Path log, int port, String password) {
        this.process = process;
        this.log = log;
        this.port = port;
        this.authorization = "Basic " + Base64.getEncoder()
                .encodeToString((ADMIN + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /** Starts the jar; the admin's password and any other secret go through the environment, never the command line. */
    static PackagedApp start(Path jar, String heap, int port, String password, Path dataDir, List<String> arguments,
            Map<String, String> secrets) throws IOException {
        List<String> command = new ArrayList<>(List.of(javaTool("java"), "-Xmx" + heap, "-jar", jar.toString(),
                "--server.address=127.0.0.1", "--server.port=" + port, "--app.data-dir=" + dataDir));
        command.addAll(arguments);
        Path log = dataDir.resolveSibling(dataDir.getFileName() + "-app.log");
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("APP_ADMIN_PASSWORD", password);
        builder.environment().putAll(secrets);
        return new PackagedApp(builder.start(), log, port, password);
    }

    private static String javaTool(String name) {
        return Path.of(System.getProperty("java.home"), "bin", name).toString();
    }

    String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    boolean alive() {
        return process.isAlive();
    }

    long pid() {
        return process.pid();
    }

    /** Waits until {@code /actuator/health} answers UP; false when the app died or the time ran out. */
    boolean awaitHealthy(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline && alive()) {
            if (health().up()) {
                return true;
            }
            Thread.sleep(250);
        }
        return false;
    }

    /** One health answer: UP only with HTTP 200 and status UP within 10 s. */
    record Health(boolean up, String answer) {
    }

    Health health() {
        try {
            HttpResponse<String> response = get("/actuator/health", false, Duration.ofSeconds(10));
            boolean up = response.statusCode() == 200
                    && JSON.readTree(response.body()).path("status").asString("").equals("UP");
            return new Health(up, "HTTP " + response.statusCode() + " " + response.body());
        } catch (IOException | RuntimeException e) {
            return new Health(false, e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Health(false, "interrupted");
        }
    }

    /** The details behind a health answer (db, disk...), as the admin sees them. */
    String healthDetails() {
        try {
            return get("/actuator/health", true, Duration.ofSeconds(40)).body();
        } catch (IOException | InterruptedException e) {
            return e.toString();
        }
    }

    /** The first measurement of an actuator metric, e.g. {@code hikaricp.connections.active}. */
    double metric(String name, String... tags) throws IOException, InterruptedException {
        StringBuilder path = new StringBuilder("/actuator/metrics/").append(name);
        for (int i = 0; i < tags.length; i++) {
            path.append(i == 0 ? '?' : '&').append("tag=").append(tags[i]);
        }
        HttpResponse<String> response = get(path.toString(), true, Duration.ofSeconds(10));
        if (response.statusCode() != 200) {
            throw new IOException(path + " answered HTTP " + response.statusCode());
        }
        return JSON.readTree(response.body()).path("measurements").path(0).path("value").asDouble();
    }

    /** Hikari's borrowed connections and waiting threads, from one {@code /actuator/prometheus} scrape. */
    record Pool(double active, double pending) {
    }

    /** One scrape instead of two metric calls: each call with HTTP Basic costs a bcrypt check of the password. */
    Pool pool() throws IOException, InterruptedException {
        HttpResponse<String> response = get("/actuator/prometheus", true, Duration.ofSeconds(10));
        if (response.statusCode() != 200) {
            throw new IOException("/actuator/prometheus answered HTTP " + response.statusCode());
        }
        double active = 0;
        double pending = 0;
        for (String line : response.body().lines().toList()) {
            if (line.startsWith("hikaricp_connections_active{")) {
                active += Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
            } else if (line.startsWith("hikaricp_connections_pending{")) {
                pending += Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
            }
        }
        return new Pool(active, pending);
    }

    /** Heap in use right after a full collection ({@code jcmd GC.run}), in MB. */
    double heapAfterGcMb() throws IOException, InterruptedException {
        Process jcmd = new ProcessBuilder(javaTool("jcmd"), Long.toString(pid()), "GC.run")
                .redirectErrorStream(true).start();
        String output = new String(jcmd.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!jcmd.waitFor(60, TimeUnit.SECONDS) || jcmd.exitValue() != 0) {
            throw new IOException("jcmd GC.run failed: " + output);
        }
        return metric("jvm.memory.used", "area:heap") / (1024 * 1024);
    }

    private HttpResponse<String> get(String path, boolean admin, Duration timeout)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl() + path)).timeout(timeout).GET();
        if (admin) {
            request.header("Authorization", authorization);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Whether the app's log so far shows an OutOfMemoryError; reads only what was written since the last call. */
    boolean outOfMemory() throws IOException {
        String text = "OutOfMemoryError";
        if (!Files.exists(log)) {
            return false;
        }
        try (RandomAccessFile file = new RandomAccessFile(log.toFile(), "r")) {
            long start = Math.max(0, logScanned - text.length());
            byte[] fresh = new byte[(int) Math.min(Integer.MAX_VALUE - 8, file.length() - start)];
            file.seek(start);
            file.readFully(fresh);
            logScanned = start + fresh.length;
            outOfMemorySeen |= new String(fresh, StandardCharsets.ISO_8859_1).contains(text);
        }
        return outOfMemorySeen;
    }

    /**
     * The line in which the app said how it started: "Fast start: ..." (the build-time bean definitions, as a plain
     * {@code java -jar} starts) or "Standard start (...): PROPERTY is set ...", naming what pushed it off the fast one.
     */
    Optional<String> startLine() throws IOException {
        try (Stream<String> lines = Files.lines(log, StandardCharsets.ISO_8859_1)) {
            return lines.filter(line -> line.contains(FAST_START) || line.contains(STANDARD_START)).findFirst();
        }
    }

    /** The last lines of the app's log. */
    String logTail(int lines) {
        try {
            List<String> all = Files.readAllLines(log, StandardCharsets.ISO_8859_1);
            return String.join(System.lineSeparator(), all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException e) {
            return "(no log: " + e + ")";
        }
    }

    Path log() {
        return log;
    }

    /** Stops the app like a service manager does (SIGTERM, then SIGKILL after 60 s); true when it ended by itself. */
    boolean stop() throws InterruptedException {
        process.destroy();
        if (process.waitFor(60, TimeUnit.SECONDS)) {
            return true;
        }
        process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        return false;
    }

    /** Ends the app at once (on a failure or a timeout). */
    @Override
    public void close() {
        if (process.isAlive()) {
            process.destroyForcibly();
            try {
                process.waitFor(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        http.close();
    }
}
