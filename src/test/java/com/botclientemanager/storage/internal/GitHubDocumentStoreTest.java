package com.botclientemanager.storage.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.botclientemanager.storage.DamagedDocumentException;
import com.botclientemanager.storage.Document;
import com.botclientemanager.storage.DocumentChange;
import com.botclientemanager.storage.DocumentCheck;
import com.botclientemanager.storage.DocumentProblem;
import com.botclientemanager.storage.DocumentVersion;
import com.botclientemanager.storage.StorageException;
import com.botclientemanager.storage.StorageProperties;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

class GitHubDocumentStoreTest {

    static final String SEED = "{\"clients\":[{\"id\":\"a\",\"name\":\"Ana\",\"value\":29.90,\"extra\":\"kept\"}],\"version\":1}";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final FakeGitHub github = new FakeGitHub();
    private final MockWebServer server = new MockWebServer();
    private final List<GitHubDocumentStore> stores = new ArrayList<>();

    @BeforeEach
    void start() throws Exception {
        server.setDispatcher(github);
        server.start();
    }

    @AfterEach
    void stop() throws Exception {
        stores.forEach(GitHubDocumentStore::close);
        server.close();
    }

    static StorageProperties.GitHub config(MockWebServer server, String token, String path, Duration poll, Duration delay) {
        return new StorageProperties.GitHub(FakeGitHub.OWNER + "/" + FakeGitHub.REPO, FakeGitHub.BRANCH, path, token,
                URI.create(server.url("/").toString()), poll, delay);
    }

    /** Like the clients module's check: a value of "NaN" damages clients.json. */
    static final DocumentCheck NO_NAN = new DocumentCheck() {
        @Override
        public Document document() {
            return Document.CLIENTS;
        }

        @Override
        public Optional<DocumentProblem> check(ObjectNode content) {
            for (JsonNode client : content.path("clients")) {
                if ("NaN".equals(client.path("value").asString(""))) {
                    return Optional.of(DocumentProblem.of(Document.CLIENTS, "clients.damaged.value", "value NaN",
                            client.path("name").asString(""), "NaN"));
                }
            }
            return Optional.empty();
        }
    };

    private GitHubDocumentStore store(String token, String path, Duration poll, Duration delay) {
        StorageProperties.GitHub config = config(server, token, path, poll, delay);
        GitHubDocumentStore store = new GitHubDocumentStore(
                new GitHubContents(new OkHttpClient(), config, Clock.systemUTC()), config, Clock.systemUTC(),
                new DocumentReader(() -> List.of(NO_NAN)));
        stores.add(store);
        return store;
    }

    private GitHubDocumentStore store() {
        return store(FakeGitHub.TOKEN, "", Duration.ofHours(1), Duration.ofMillis(100));
    }

    /** A by-id change like the clients module's: upsert one client, keeping everything else. */
    static DocumentChange upsert(String id, String name) {
        return new DocumentChange("Atualiza cliente " + name, doc -> {
            ArrayNode clients = doc.has("clients") ? (ArrayNode) doc.get("clients") : doc.putArray("clients");
            for (JsonNode client : clients) {
                if (id.equals(client.path("id").asString())) {
                    ((ObjectNode) client).put("name", name);
                    return doc;
                }
            }
            clients.addObject().put("id", id).put("name", name);
            return doc;
        });
    }

    static List<String> names(JsonNode document) {
        List<String> names = new ArrayList<>();
        document.path("clients").forEach(c -> names.add(c.path("name").asString()));
        return names;
    }

    static void await(BooleanSupplier condition) throws InterruptedException {
        Instant deadline = Instant.now().plusSeconds(10);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("condition not met within 10 s");
            }
            Thread.sleep(20);
        }
    }

    @Test
    void readsTheFileAndCommitsAChangeWithItsShaBranchAndDescription() throws Exception {
        github.putFile("clients.json", SEED);
        String before = github.sha("clients.json");
        GitHubDocumentStore store = store();
        assertThat(names(store.read(Document.CLIENTS))).containsExactly("Ana");
        store.update(Document.CLIENTS, upsert("b", "Bruno Lima"));
        assertThat(names(store.read(Document.CLIENTS))).containsExactly("Ana", "Bruno Lima");
        await(() -> github.commits.size() == 1);

        RecordedRequest put = github.requests("PUT").getFirst();
        JsonNode body = JSON.readTree(put.getBody().utf8());
        assertThat(body.get("sha").asString()).isEqualTo(before);
        assertThat(body.get("branch").asString()).isEqualTo("main");
        assertThat(body.get("message").asString()).isEqualTo("Atualiza cliente Bruno Lima");
        assertThat(put.getHeaders().get("Authorization")).isEqualTo("Bearer " + FakeGitHub.TOKEN);
        JsonNode stored = JSON.readTree(github.file("clients.json"));
        assertThat(names(stored)).containsExactly("Ana", "Bruno Lima");
        assertThat(stored.get("clients").get(0).get("extra").asString()).isEqualTo("kept");
        assertThat(github.file("clients.json")).contains("29.90");
        await(() -> store.status().pendingChanges() == 0);
        assertThat(store.status().lastErrorKey()).isNull();
        assertThat(store.status().lastSync()).isNotNull();
    }

    @Test
    void createsTheFileInTheConfiguredFolderWhenTheRepositoryHasNone() throws Exception {
        GitHubDocumentStore store = store(FakeGitHub.TOKEN, "/dados/", Duration.ofHours(1), Duration.ofMillis(50));
        assertThat(store.read(Document.CLIENTS).isEmpty()).isTrue();
        store.update(Document.CLIENTS, upsert("a", "Ana"));
        await(() -> github.file("dados/clients.json") != null);
        assertThat(JSON.readTree(github.requests("PUT").getFirst().getBody().utf8()).has("sha")).isFalse();
        await(() -> store.status().pendingChanges() == 0);
        store.update(Document.CLIENTS, upsert("b", "Bia"));
        await(() -> github.commits.size() == 2);
        assertThat(names(JSON.readTree(github.file("dados/clients.json")))).containsExactly("Ana", "Bia");
    }

    @Test
    void aConflictIsMergedByIdSoBothSidesChangesSurvive() throws Exception {
        github.putFile("clients.json", SEED);
        GitHubDocumentStore store = store();
        List<Document> external = new ArrayList<>();
        store.onExternalChange(external::add);
        store.read(Document.CLIENTS);
        // someone edits the file on github.com (renames Ana, adds Carla) after the app read it
        github.putFile("clients.json", "{\"clients\":[{\"id\":\"a\",\"name\":\"Ana Paula\",\"value\":29.90,\"extra\":\"kept\"},"
                + "{\"id\":\"c\",\"name\":\"Carla\"}],\"version\":2}");
        store.update(Document.CLIENTS, upsert("b", "Bruno"));
        await(() -> github.commits.size() == 1);

        assertThat(github.requests("PUT")).hasSize(2);
        assertThat(JSON.readTree(github.file("clients.json")).get("version").asInt()).isEqualTo(2);
        assertThat(names(JSON.readTree(github.file("clients.json")))).containsExactly("Ana Paula", "Carla", "Bruno");
        assertThat(names(store.read(Document.CLIENTS))).containsExactly("Ana Paula", "Carla", "Bruno");
        assertThat(external).containsExactly(Document.CLIENTS);
    }

    @Test
    void aFileCreatedElsewhereAfterTheReadGets422AndIsMerged() throws Exception {
        GitHubDocumentStore store = store();
        assertThat(store.read(Document.CLIENTS).isEmpty()).isTrue();
        github.putFile("clients.json", SEED);
        store.update(Document.CLIENTS, upsert("b", "Bruno"));
        await(() -> github.commits.size() == 1);
        assertThat(github.requests("PUT")).hasSize(2);
        assertThat(names(JSON.readTree(github.file("clients.json")))).containsExactly("Ana", "Bruno");
    }

    @Test
    void a401KeepsServingTheLastCopyAndKeepsTheChangeQueued() throws Exception {
        github.putFile("clients.json", SEED);
        GitHubDocumentStore store = store();
        store.read(Document.CLIENTS);
        github.failNext("PUT", FakeGitHub.json(401, "{\"message\":\"Bad credentials\"}"));
        store.update(Document.CLIENTS, upsert("b", "Bruno"));
        await(() -> store.status().lastErrorKey() != null);
        assertThat(store.status().lastErrorKey()).isEqualTo("storage.error.github.unauthorized");
        assertThat(store.status().lastErrorDetail()).doesNotContain(FakeGitHub.TOKEN);
        assertThat(store.status().pendingChanges()).isEqualTo(1);
        assertThat(names(store.read(Document.CLIENTS))).containsExactly("Ana", "Bruno");
        assertThat(names(JSON.readTree(github.file("clients.json")))).containsExactly("Ana");
    }

    @Test
    void aWrongTokenOrMissingRepositoryOrBranchIsReportedClearly() {
        github.putFile("clients.json", SEED);
        GitHubDocumentStore wrongToken = store("wrong", "", Duration.ofHours(1), Duration.ofMillis(100));
        assertThatThrownBy(() -> wrongToken.read(Document.CLIENTS)).isInstanceOf(StorageException.class)
                .satisfies(e -> assertThat(((StorageException) e).messageKey()).isEqualTo("storage.error.github.unauthorized"));
        assertThat(wrongToken.testConnection().lastErrorKey()).isEqualTo("storage.error.github.unauthorized");

        GitHubDocumentStore store = store();
        assertThat(store.testConnection().lastErrorKey()).isNull();
        github.branchExists = false;
        assertThat(store.testConnection().lastErrorKey()).isEqualTo("storage.error.github.branch-not-found");
        assertThatThrownBy(() -> store.read(Document.CLIENTS))
                .satisfies(e -> assertThat(((StorageException) e).messageKey()).isEqualTo("storage.error.github.branch-not-found"));
        github.repositoryExists = false;
        assertThat(store.testConnection().lastErrorKey()).isEqualTo("storage.error.github.repository-not-found");
        github.repositoryExists = true;
        github.branchExists = true;
        github.canPush = false;
        assertThat(store.testConnection().lastErrorKey()).isEqualTo("storage.error.github.read-only");
    }

    @Test
    void a404OnWriteKeepsTheChangeQueued() throws Exception {
        github.putFile("clients.json", SEED);
        GitHubDocumentStore store = store();
        store.read(Document.CLIENTS);
        github.failNext("PUT", FakeGitHub.json(404, "{\"message\":\"Not Found\"}"));
        store.update(Document.CLIENTS, upsert("b", "Bruno"));
        await(() -> store.status().lastErrorKey() != null);
        assertThat(store.status().lastErrorKey()).isEqualTo("storage.error.github.repository-not-found");
        assertThat(store.status().pendingChanges()).isEqualTo(1);
    }

    @Test
    void a429WithRetryAfterIsRetriedAfterTheWait() throws Exception {
        github.putFile("clients.json", SEED);
        GitHubDocumentStore store = store();
        store.read(Document.CLIENTS);
        github.failNext("PUT", new MockResponse.Builder().code(429).addHeader("retry-after", "1")
                .body("{\"message\":\"You have exceeded a secondary rate limit.\"}").build());
        Instant start = Instant.now();
        store.update(Document.CLIENTS, upsert("b", "Bruno"));
        await(() -> "storage.error.github.rate-limited".equals(store.status().lastErrorKey()));
        assertThat(store.status().pendingChanges()).isEqualTo(1);
        await(() -> store.status().pendingChanges() == 0);
        assertThat(github.commits).hasSize(1);
        assertThat(Duration.between(start, Instant.now())).isGreaterThanOrEqualTo(Duration.ofSeconds(1));
        assertThat(store.status().lastErrorKey()).isNull();
    }

    @Test
    void a403RateLimitWaitsForTheResetAndAPlain403IsAPermissionError() throws Exception {
        github.putFile("clients.json", SEED);
        GitHubDocumentStore store = store();
        store.read(Document.CLIENTS);
        long reset = Instant.now().plusSeconds(1).getEpochSecond();
        github.failNext("PUT", new MockResponse.Builder().code(403).addHeader("x-ratelimit-remaining", "0")
                .addHeader("x-ratelimit-reset", String.valueOf(reset))
                .body("{\"message\":\"API rate limit exceeded\"}").build());
        store.update(Document.CLIENTS, upsert("b", "Bruno"));
        await(() -> "storage.error.github.rate-limited".equals(store.status().lastErrorKey()));
        await(() -> github.commits.size() == 1);
        assertThat(Instant.now().getEpochSecond()).isGreaterThanOrEqualTo(reset);

        github.failNext("PUT", FakeGitHub.json(403, "{\"message\":\"Resource not accessible by personal access token\"}"));
        store.update(Document.CLIENTS, upsert("c", "Carla"));
        await(() -> "storage.error.github.forbidden".equals(store.status().lastErrorKey()));
        assertThat(store.status().pendingChanges()).isEqualTo(1);
    }

    @Test
    void aFileOverOneMegabyteIsReadThroughTheRawMediaType() throws Exception {
        StringBuilder big = new StringBuilder("{\"clients\":[");
        for (int i = 0; big.length() < FakeGitHub.ONE_MB + 100_000; i++) {
            big.append(i == 0 ? "" : ",").append("{\"id\":\"").append(i).append("\",\"name\":\"Cliente ").append(i)
                    .append("\",\"custom_message_3days\":\"Olá {name} 👋\"}");
        }
        github.putFile("clients.json", big.append("]}").toString());
        GitHubDocumentStore store = store();
        JsonNode clients = store.read(Document.CLIENTS).get("clients");
        assertThat(clients.size()).isGreaterThan(10_000);
        assertThat(clients.get(5).get("custom_message_3days").asString()).isEqualTo("Olá {name} 👋");
        assertThat(github.requests("GET")).extracting(r -> r.getHeaders().get("Accept"))
                .contains("application/vnd.github.raw+json");
    }

    @Test
    void pollingUsesTheETagAndReportsChangesMadeElsewhere() throws Exception {
        github.putFile("clients.json", SEED);
        GitHubDocumentStore store = store(FakeGitHub.TOKEN, "", Duration.ofMillis(100), Duration.ofMillis(100));
        List<Document> external = new ArrayList<>();
        store.onExternalChange(external::add);
        store.read(Document.CLIENTS);
        await(() -> github.count("GET") >= 4);
        assertThat(github.requests("GET").getLast().getHeaders().get("If-None-Match"))
                .isEqualTo("W/\"" + github.sha("clients.json") + "\"");
        assertThat(external).isEmpty();

        github.putFile("clients.json", "{\"clients\":[{\"id\":\"a\",\"name\":\"Ana Paula\"}]}");
        await(() -> !external.isEmpty());
        assertThat(names(store.read(Document.CLIENTS))).containsExactly("Ana Paula");
    }

    @Test
    void malformedJsonInTheRepositoryIsReportedAndNeverOverwritten() throws Exception {
        github.putFile("clients.json", "{\"clients\": [ {\"id\": ");
        GitHubDocumentStore store = store(FakeGitHub.TOKEN, "", Duration.ofMillis(200), Duration.ofMillis(50));
        assertThatThrownBy(() -> store.read(Document.CLIENTS))
                .satisfies(e -> assertThat(((StorageException) e).messageKey()).isEqualTo("storage.error.malformed"));
        assertThatThrownBy(() -> store.update(Document.CLIENTS, upsert("b", "Bruno"))).isInstanceOf(StorageException.class);
        assertThat(store.status().lastErrorKey()).isEqualTo("storage.error.malformed");

        // a good file that someone breaks later: the app keeps its copy and does not write over the broken file
        github.putFile("templates.json", "{\"templates\":[]}");
        store.read(Document.TEMPLATES);
        github.putFile("templates.json", "{ broken");
        store.update(Document.TEMPLATES, new DocumentChange("Atualiza modelos", d -> d.put("touched", true)));
        Thread.sleep(1_000);
        assertThat(github.file("templates.json")).isEqualTo("{ broken");
        assertThat(github.commits).isEmpty();
        assertThat(store.status().lastErrorKey()).isEqualTo("storage.error.malformed");
        assertThat(store.status().pendingChanges()).isEqualTo(1);
        assertThat(store.read(Document.TEMPLATES).has("templates")).isTrue();
    }

    @Test
    void aBurstOfEditsBecomesAFewCommits() throws Exception {
        github.putFile("clients.json", SEED);
        GitHubDocumentStore store = store(FakeGitHub.TOKEN, "", Duration.ofHours(1), Duration.ofMillis(700));
        store.read(Document.CLIENTS);
        for (int i = 0; i < 100; i++) {
            store.update(Document.CLIENTS, upsert("id" + i, "Cliente " + i));
            Thread.sleep(20);
        }
        await(() -> store.status().pendingChanges() == 0);
        assertThat(github.count("PUT")).as("PUTs for 100 edits in about 2 s").isBetween(2L, 5L);
        assertThat(names(JSON.readTree(github.file("clients.json")))).hasSize(101);
        assertThat(github.commits.getLast().message()).contains("alterações");
    }

    @Test
    void queuedChangesAreCommittedWhenTheAppStops() {
        github.putFile("clients.json", SEED);
        GitHubDocumentStore store = store(FakeGitHub.TOKEN, "", Duration.ofHours(1), Duration.ofHours(1));
        store.update(Document.CLIENTS, upsert("b", "Bruno"));
        assertThat(github.commits).isEmpty();
        store.close();
        assertThat(names(JSON.readTree(github.file("clients.json")))).containsExactly("Ana", "Bruno");
    }

    @Test
    void aDamagedFileRefusesChangesAndAnEarlierCommitIsRestoredOnlyAfterItIsChecked() {
        String good = "{\"clients\":[{\"id\":\"a\",\"name\":\"Ana\",\"value\":29.90}]}";
        String nan = "{\"clients\":[{\"id\":\"a\",\"name\":\"Ana\",\"value\":\"NaN\"}]}";
        String broken = "{\"clients\": [ {\"id\": ";
        String goodCommit = github.putFile("clients.json", good.getBytes(StandardCharsets.UTF_8), "Adiciona cliente Ana");
        String nanCommit = github.putFile("clients.json", nan.getBytes(StandardCharsets.UTF_8), "Edição à mão");
        String brokenCommit = github.putFile("clients.json", broken.getBytes(StandardCharsets.UTF_8), "Outra edição");
        GitHubDocumentStore store = store();

        assertThat(store.problem(Document.CLIENTS)).hasValueSatisfying(p ->
                assertThat(p.messageKey()).isEqualTo("storage.damaged.not-json"));
        assertThatThrownBy(() -> store.update(Document.CLIENTS, upsert("b", "Bruno")))
                .isInstanceOf(DamagedDocumentException.class);
        List<DocumentVersion> versions = store.versions(Document.CLIENTS);
        assertThat(versions).extracting(DocumentVersion::id).containsExactly(brokenCommit, nanCommit, goodCommit);
        assertThat(versions).extracting(DocumentVersion::description)
                .containsExactly("Outra edição", "Edição à mão", "Adiciona cliente Ana");
        assertThat(versions).allSatisfy(v -> assertThat(v.savedAt()).isNotNull());

        assertThatThrownBy(() -> store.restore(Document.CLIENTS, nanCommit)).isInstanceOf(DamagedDocumentException.class);
        assertThatThrownBy(() -> store.restore(Document.CLIENTS, "../main")).isInstanceOf(StorageException.class);
        assertThat(github.commits).isEmpty();
        assertThat(github.file("clients.json")).isEqualTo(broken);

        String kept = store.restore(Document.CLIENTS, goodCommit);

        assertThat(kept).isEqualTo(brokenCommit);
        assertThat(github.file("clients.json")).isEqualTo(good);
        assertThat(github.commits).singleElement().satisfies(c -> assertThat(c.message())
                .isEqualTo("Restaura clients.json da versão " + goodCommit.substring(0, 7)
                        + " (a versão substituída continua no histórico: " + brokenCommit.substring(0, 7) + ")"));
        assertThat(github.history("clients.json")).extracting(v -> new String(v.content(), StandardCharsets.UTF_8))
                .contains(broken);
        assertThat(store.problem(Document.CLIENTS)).isEmpty();
        assertThat(names(store.read(Document.CLIENTS))).containsExactly("Ana");
        store.update(Document.CLIENTS, upsert("b", "Bruno"));
    }

    @Test
    void aFileDamagedElsewhereAfterItLoadedKeepsServingTheLastGoodCopyAndRefusesChanges() throws Exception {
        github.putFile("clients.json", SEED);
        GitHubDocumentStore store = store(FakeGitHub.TOKEN, "", Duration.ofMillis(200), Duration.ofMillis(50));
        store.read(Document.CLIENTS);

        github.putFile("clients.json", "{\"clients\":[{\"id\":\"a\",\"name\":\"Ana\",\"value\":\"NaN\"}]}");
        await(() -> store.problem(Document.CLIENTS).isPresent());

        assertThat(names(store.read(Document.CLIENTS))).containsExactly("Ana");
        assertThatThrownBy(() -> store.update(Document.CLIENTS, upsert("b", "Bruno")))
                .isInstanceOf(DamagedDocumentException.class);
        assertThat(github.commits).isEmpty();
    }

    @Test
    void theTokenNeverAppearsInTheConfiguration() {
        assertThat(config(server, FakeGitHub.TOKEN, "", Duration.ofMinutes(1), Duration.ofSeconds(3)).toString())
                .doesNotContain(FakeGitHub.TOKEN).contains("maria/clientes");
    }
}
