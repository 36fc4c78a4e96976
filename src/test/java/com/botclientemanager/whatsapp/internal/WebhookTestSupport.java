package com.botclientemanager.whatsapp.internal;

import com.botclientemanager.whatsapp.SeparateAppTest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** What the webhook tests share: messages in the log as a send leaves them, their status, and raw HTTP calls. */
abstract class WebhookTestSupport extends SeparateAppTest {

    protected final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @Autowired
    protected JdbcClient jdbc;

    protected long sentMessage(String providerId) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        jdbc.sql("INSERT INTO wa_message (client_id, client_name, phone, kind, body, provider, provider_message_id, "
                        + "status, attempts, created_at, updated_at) VALUES ('c1', 'Maria Santos', '5511912345678', "
                        + "'before_due', 'Oi', 'EVOLUTION', ?, 'SENT', 1, ?, ?)")
                .params(providerId, now, now).update();
        long id = jdbc.sql("SELECT id FROM wa_message WHERE provider_message_id = ?").param(providerId)
                .query(Long.class).single();
        jdbc.sql("INSERT INTO wa_message_status (message_id, status, changed_at) VALUES (?, 'SENT', ?)")
                .params(id, now).update();
        return id;
    }

    protected String status(long id) {
        return jdbc.sql("SELECT status FROM wa_message WHERE id = ?").param(id).query(String.class).single();
    }

    protected List<String> history(long id) {
        return jdbc.sql("SELECT status FROM wa_message_status WHERE message_id = ? ORDER BY id").param(id)
                .query(String.class).list();
    }

    protected HttpResponse<String> post(String url, String body, Map<String, String> headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        headers.forEach(request::header);
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    protected HttpResponse<String> get(String pathAndQuery) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(baseUrl() + pathAndQuery)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /**
     * A POST that claims {@code declaredLength} bytes (or is chunked when negative) and streams filler JSON until the
     * app answers or {@code maxBytes} were sent; the status line the app answered, read within 20 s.
     */
    protected int hugePost(String path, Map<String, String> headers, long declaredLength, long maxBytes)
            throws IOException {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
            socket.setSoTimeout(20_000);
            OutputStream out = socket.getOutputStream();
            StringBuilder head = new StringBuilder("POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + port
                    + "\r\nContent-Type: application/json\r\n");
            headers.forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
            head.append(declaredLength >= 0 ? "Content-Length: " + declaredLength : "Transfer-Encoding: chunked")
                    .append("\r\n\r\n");
            out.write(head.toString().getBytes(StandardCharsets.US_ASCII));
            byte[] filler = ("{\"event\":\"messages.update\",\"data\":[" + "{\"a\":1},".repeat(8000))
                    .getBytes(StandardCharsets.US_ASCII);
            InputStream in = socket.getInputStream();
            long sent = 0;
            try {
                while (sent < maxBytes && in.available() == 0) {
                    if (declaredLength < 0) {
                        out.write((Integer.toHexString(filler.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
                        out.write(filler);
                        out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
                    } else {
                        out.write(filler);
                    }
                    sent += filler.length;
                }
                out.flush();
            } catch (IOException closedByTheApp) {
                // the app answered and closed the connection while the body was still coming: what a limit does
            }
            return statusCode(in);
        }
    }

    private static int statusCode(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        try {
            int b;
            while ((b = in.read()) != -1 && b != '\n') {
                line.write(b);
            }
        } catch (SocketTimeoutException e) {
            return -1;
        }
        String status = line.toString(StandardCharsets.US_ASCII);
        return status.startsWith("HTTP/1.1 ") ? Integer.parseInt(status.substring(9, 12)) : -1;
    }
}
