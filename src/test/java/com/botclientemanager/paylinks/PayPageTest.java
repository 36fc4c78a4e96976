package com.botclientemanager.paylinks;

import static org.assertj.core.api.Assertions.assertThat;

import com.botclientemanager.clients.Client;
import com.botclientemanager.clients.ClientDirectory;
import com.botclientemanager.clients.PaymentMethod;
import com.botclientemanager.clients.PaymentRequest;
import com.botclientemanager.clients.PaymentService;
import com.botclientemanager.reminders.internal.ReminderSendJob;
import com.botclientemanager.templates.MessageTemplate;
import com.botclientemanager.templates.TemplateKind;
import com.botclientemanager.templates.TemplateService;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.jobrunr.jobs.context.JobContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The client's page over real HTTP on the running app, with the H2 file database and the local data dir. */
class PayPageTest extends PayLinksAppTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("America/Sao_Paulo"));
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 'I', 'H', 'D', 'R'};

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @Autowired
    PayLinkService links;
    @Autowired
    ClientDirectory clients;
    @Autowired
    PaymentService payments;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TemplateService templates;
    @Autowired
    ReminderSendJob reminderJob;

    @Test
    void tokensHave256RandomLookingBitsDifferPerClientAndGenerationAndOnlyTheirHashIsStored() throws IOException {
        Client ana = clients.save(client("ana", "Ana Paula Souza", TODAY.plusDays(3)));
        Client bia = clients.save(client("bia", "Bia Lima", TODAY.plusDays(3)));

        String anaToken = token(links.pathFor(ana.id()));
        String biaToken = token(links.pathFor(bia.id()));
        assertThat(anaToken).matches("[A-Za-z0-9_-]{43}"); // base64url of 32 bytes: 256 bits, at least 128 required
        assertThat(biaToken).isNotEqualTo(anaToken);
        assertThat(token(links.pathFor(ana.id()))).as("the same link in every reminder").isEqualTo(anaToken);

        String renewed = token(links.replace(ana.id()).orElseThrow());
        assertThat(renewed).isNotEqualTo(anaToken).matches("[A-Za-z0-9_-]{43}");

        List<Map<String, Object>> rows = jdbc.sql("SELECT * FROM client_link").query().listOfRows();
        assertThat(rows.toString()).doesNotContain(anaToken, biaToken, renewed);
        assertThat(rows.toString()).contains(sha256(renewed), sha256(biaToken));
        try (Stream<Path> files = Files.walk(DATA_DIR)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String content = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
                assertThat(content).as(file.toString()).doesNotContain(anaToken, biaToken, renewed);
            }
        }
    }

    @Test
    void aClientSeesWhatToPayAndWhatTheyPaidAndNothingPrivate() throws Exception {
        Client carla = clients.save(client("carla", "Carla Mendes", TODAY.plusDays(3)));
        payments.markPaid(carla.id(), new PaymentRequest(TODAY.minusDays(1), new BigDecimal("35.00"), PaymentMethod.PIX, ""));

        HttpResponse<String> page = get(links.pathFor(carla.id()));

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Olá, Carla!", "Mensal Full HD", "R$", "35,00", "Seus últimos pagamentos",
                "<meta name=\"robots\" content=\"noindex,nofollow\">").doesNotContain("Mendes", "nota privada",
                carla.phone(), "vencido");
        assertPrivateHeaders(page);
    }

    @Test
    void aClientWhoseDueDatePassedSeesThatItIsOverdue() throws Exception {
        Client leo = clients.save(client("leo", "Leo Prado", TODAY.minusDays(3)));

        assertThat(get(links.pathFor(leo.id())).body())
                .containsPattern("id=\"due-date\">[0-9/]+ <span class=\"overdue\">vencido</span>");
    }

    @Test
    void aRevokedLinkAnUnknownOneAndAnotherClientsTokenChangedByOneLetterShowTheSameNeutralPage() throws Exception {
        Client davi = clients.save(client("davi", "Davi Rocha", TODAY));
        String old = links.pathFor(davi.id());
        String current = links.replace(davi.id()).map(link -> link.substring(PUBLIC_URL.length())).orElseThrow();

        HttpResponse<String> revoked = get(old);
        HttpResponse<String> unknown = get("/p/" + "A".repeat(43));
        char last = current.charAt(current.length() - 1);
        HttpResponse<String> tampered = get(current.substring(0, current.length() - 1) + (last == 'A' ? 'B' : 'A'));

        for (HttpResponse<String> response : List.of(revoked, unknown, tampered, get("/p/x/y/z"))) {
            assertThat(response.statusCode()).isEqualTo(404);
            assertThat(response.body()).contains("Este link não está disponível").doesNotContain("Davi");
            assertPrivateHeaders(response);
        }
        assertThat(get(current).body()).contains("Olá, Davi!");

        clients.save(davi.withActive(false));
        assertThat(get(current).statusCode()).as("an inactive client's page").isEqualTo(404);
    }

    @Test
    void revokingAllLinksClosesEveryPageSentSoFarAndNewLinksOpen() throws Exception {
        Client kai = clients.save(client("kai", "Kai Alves", TODAY));
        String old = links.pathFor(kai.id());
        assertThat(get(old).statusCode()).isEqualTo(200);

        links.revokeAll();

        assertThat(get(old).statusCode()).isEqualTo(404);
        String fresh = links.pathFor(kai.id());
        assertThat(fresh).isNotEqualTo(old);
        assertThat(get(fresh).body()).contains("Olá, Kai!");
    }

    @Test
    void aGetChangesNothingStoredAndPublishesNothing() throws Exception {
        Client eva = clients.save(client("eva", "Eva Prado", TODAY));
        String path = links.pathFor(eva.id());
        Map<String, String> before = snapshot();

        for (int i = 0; i < 3; i++) {
            assertThat(get(path).statusCode()).isEqualTo(200);
        }

        assertThat(snapshot()).isEqualTo(before);
        assertThat(claims.received).isEmpty();
    }

    @Test
    void tooManyRequestsFromOneAddressGet429WithTheSameHeaders() throws Exception {
        Client fabi = clients.save(client("fabi", "Fabi Reis", TODAY));
        String path = links.pathFor(fabi.id());
        for (int i = 0; i < 30; i++) {
            assertThat(get(path).statusCode()).isEqualTo(200);
        }

        HttpResponse<String> limited = get(path);

        assertThat(limited.statusCode()).isEqualTo(429);
        assertThat(limited.headers().firstValue("Retry-After")).contains("60");
        assertThat(limited.body()).contains("Muitas tentativas").doesNotContain("Fabi");
        assertPrivateHeaders(limited);
    }

    @Test
    void jaPagueiWithAReceiptIsPublishedOnceAndThanksTheClient() throws Exception {
        Client gil = clients.save(client("gil", "Gil Nunes", TODAY));
        String path = links.pathFor(gil.id());

        HttpResponse<String> first = post(path + "/paguei", "comprovante.png", "image/png", PNG, "Paguei agora");
        HttpResponse<String> again = post(path + "/paguei", "comprovante.png", "image/png", PNG, "Paguei agora");

        assertThat(first.statusCode()).isEqualTo(303);
        assertThat(again.statusCode()).isEqualTo(303);
        assertThat(first.headers().firstValue("Location")).contains(path + "?aviso=recebido");
        assertThat(get(path + "?aviso=recebido").body()).contains("Recebemos seu aviso");
        assertThat(claims.received).singleElement().satisfies(claim -> {
            assertThat(claim.clientId()).isEqualTo(gil.id());
            assertThat(claim.contentType()).isEqualTo("image/png");
            assertThat(claim.file()).isEqualTo(PNG);
            assertThat(claim.note()).isEqualTo("Paguei agora");
        });
    }

    @Test
    void aReceiptThatIsNotAnImageOrPdfIsRefusedWithAClearMessage() throws Exception {
        Client hugo = clients.save(client("hugo", "Hugo Melo", TODAY));
        String path = links.pathFor(hugo.id());

        HttpResponse<String> refused = post(path + "/paguei", "foto.png", "image/png",
                "<script>alert(1)</script>".getBytes(StandardCharsets.UTF_8), "");

        assertThat(refused.statusCode()).isEqualTo(415);
        assertThat(refused.body()).contains("Envie o comprovante como foto (JPG, PNG ou WebP) ou PDF.");
        assertThat(claims.received).isEmpty();
        assertPrivateHeaders(refused);
    }

    @Test
    void a300MegabyteUploadIsRefusedBeforeItIsRead() throws Exception {
        Client ines = clients.save(client("ines", "Ines Lopes", TODAY));
        String path = links.pathFor(ines.id());
        long start = System.nanoTime();
        String status;
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST " + path + "/paguei HTTP/1.1\r\nHost: localhost\r\nContent-Type: multipart/form-data; "
                    + "boundary=b\r\nContent-Length: " + 300L * 1024 * 1024 + "\r\n\r\n--b\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(new byte[64 * 1024]);
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream line = new ByteArrayOutputStream();
            for (int b = in.read(); b != '\n' && b >= 0; b = in.read()) {
                line.write(b);
            }
            status = line.toString(StandardCharsets.US_ASCII);
        }
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        System.out.printf("paylinks: 300 MB upload refused after %d ms%n", took.toMillis());
        assertThat(status).startsWith("HTTP/1.1 413");
        assertThat(took).isLessThan(Duration.ofSeconds(5));
        assertThat(claims.received).isEmpty();
    }

    @Test
    void theDueDayReminderCarriesTheClientsLinkWhichOpensTheirPage() throws Exception {
        Client joana = clients.save(client("joana", "Joana Dias", TODAY));
        MessageTemplate dueDay = templates.all().stream().filter(t -> t.kind() == TemplateKind.DUE_DAY && t.active())
                .findFirst().orElseThrow();
        templates.save(dueDay.withBody(dueDay.body() + "\n\nVeja e pague aqui: {link}"));

        reminderJob.send(joana.id(), dueDay.id(), TODAY.toString(), "due_day", 0, JobContext.Null);

        String sent = jdbc.sql("SELECT body FROM wa_message WHERE client_id = ?").param(joana.id())
                .query(String.class).single();
        assertThat(sent).contains("Veja e pague aqui: " + PUBLIC_URL + "/p/");
        String path = sent.substring(sent.indexOf(PUBLIC_URL) + PUBLIC_URL.length()).strip();
        assertThat(get(path).body()).contains("Olá, Joana!");
    }

    private static void assertPrivateHeaders(HttpResponse<String> response) {
        var headers = response.headers();
        assertThat(headers.firstValue("X-Robots-Tag")).contains("noindex, nofollow");
        assertThat(headers.firstValue("Cache-Control")).hasValueSatisfying(v -> assertThat(v).contains("no-store"));
        assertThat(headers.firstValue("Referrer-Policy")).contains("no-referrer");
        assertThat(headers.firstValue("X-Frame-Options")).contains("DENY");
        assertThat(headers.firstValue("Content-Security-Policy")).hasValueSatisfying(v -> assertThat(v)
                .contains("frame-ancestors 'none'").contains("default-src 'none'"));
        assertThat(headers.allValues("Set-Cookie")).as("no session for a client").isEmpty();
    }

    private Map<String, String> snapshot() throws Exception {
        Map<String, String> state = new TreeMap<>();
        state.put("client_link", jdbc.sql("SELECT * FROM client_link ORDER BY client_id").query().listOfRows().toString());
        try (Stream<Path> files = Files.walk(DATA_DIR)) {
            for (Path file : files.filter(Files::isRegularFile).filter(f -> !f.toString().contains("/db/")).toList()) {
                state.put(file.toString(), java.util.HexFormat.of().formatHex(
                        java.security.MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file))));
            }
        }
        return state;
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(baseUrl() + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, String fileName, String type, byte[] file, String note)
            throws Exception {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        String boundary = "----paylinks-test";
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"note\"\r\n\r\n" + note + "\r\n--"
                + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: " + type + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.write(file);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return http.send(HttpRequest.newBuilder(URI.create(baseUrl() + path))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String token(String pathOrLink) {
        return pathOrLink.substring(pathOrLink.lastIndexOf('/') + 1);
    }

    private static String sha256(String text) {
        return com.botclientemanager.paylinks.internal.LinkKey.hash(text);
    }
}
