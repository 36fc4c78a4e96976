package com.botclientemanager.testing;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A small HTTP/1.1 server on 127.0.0.1 that keeps connections alive the way Node's {@code http} module does: a
 * connection with no new request within {@code idleTimeout} (Node's {@code keepAliveTimeout}, 5 s by default) is closed
 * by the server. MockWebServer never closes an idle connection, so it cannot show what a client does with one that the
 * server already closed. {@link #http10} answers like an HTTP/1.0 server instead: it closes the connection after each
 * answer, without saying so in a header.
 */
public final class KeepAliveServer implements AutoCloseable {

    /** One request: method, path, lower-case header names, body. */
    public record Request(String method, String path, Map<String, String> headers, byte[] body) {
        public String bodyText() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    /** One answer; {@code delay} is waited before it is written (a slow gateway). */
    public record Response(int status, String json, Duration delay) {
        public static Response json(int status, String json) {
            return new Response(status, json, Duration.ZERO);
        }
    }

    public interface Handler {
        Response handle(Request request);
    }

    private static final int MAX_BODY = 1 << 20;

    private final ServerSocket server;
    private final Duration idleTimeout;
    private final Handler handler;
    private final boolean http10;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private final AtomicInteger idleCloses = new AtomicInteger();
    private final AtomicInteger connections = new AtomicInteger();

    public KeepAliveServer(Duration idleTimeout, Handler handler) throws IOException {
        this(idleTimeout, handler, false);
    }

    private KeepAliveServer(Duration idleTimeout, Handler handler, boolean http10) throws IOException {
        this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        this.idleTimeout = idleTimeout;
        this.handler = handler;
        this.http10 = http10;
        Thread.ofPlatform().daemon().name("keep-alive-server").start(this::accept);
    }

    /** Answers as HTTP/1.0 with a Content-Length and closes the connection after each answer. */
    public static KeepAliveServer http10(Handler handler) throws IOException {
        return new KeepAliveServer(Duration.ofSeconds(5), handler, true);
    }

    public String url() {
        return "http://127.0.0.1:" + server.getLocalPort() + "/";
    }

    /** Connections the server closed because they stayed idle for {@code idleTimeout}. */
    public int idleCloses() {
        return idleCloses.get();
    }

    public int connections() {
        return connections.get();
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                Socket socket = server.accept();
                connections.incrementAndGet();
                open.add(socket);
                Thread.ofVirtual().start(() -> serve(socket));
            } catch (IOException closed) {
                return;
            }
        }
    }

    private void serve(Socket socket) {
        try (socket) {
            InputStream in = new BufferedInputStream(socket.getInputStream());
            OutputStream out = socket.getOutputStream();
            while (true) {
                socket.setSoTimeout((int) idleTimeout.toMillis());
                String requestLine;
                try {
                    requestLine = line(in);
                } catch (SocketTimeoutException idle) {
                    idleCloses.incrementAndGet();
                    return;
                }
                if (requestLine == null || requestLine.isEmpty()) {
                    return;
                }
                socket.setSoTimeout(30_000);
                Request request = read(requestLine, in);
                Response response = handler.handle(request);
                if (!response.delay().isZero()) {
                    Thread.sleep(response.delay());
                }
                write(out, response);
                if (http10 || "close".equalsIgnoreCase(request.headers().get("connection"))) {
                    return;
                }
            }
        } catch (IOException | InterruptedException | RuntimeException ended) {
            // the client went away or the server is closing
        } finally {
            open.remove(socket);
        }
    }

    private static Request read(String requestLine, InputStream in) throws IOException {
        String[] parts = requestLine.split(" ");
        Map<String, String> headers = new TreeMap<>();
        for (String header = line(in); header != null && !header.isEmpty(); header = line(in)) {
            int colon = header.indexOf(':');
            if (colon > 0) {
                String name = header.substring(0, colon).strip().toLowerCase(Locale.ROOT);
                headers.put(name, header.substring(colon + 1).strip());
            }
        }
        int length = Integer.parseInt(headers.getOrDefault("content-length", "0"));
        if (length < 0 || length > MAX_BODY) {
            throw new IOException("body of " + length + " bytes refused");
        }
        byte[] body = in.readNBytes(length);
        return new Request(parts[0], parts.length > 1 ? parts[1] : "/", headers, body);
    }

    private void write(OutputStream out, Response response) throws IOException {
        byte[] body = response.json().getBytes(StandardCharsets.UTF_8);
        String head = (http10 ? "HTTP/1.0 " : "HTTP/1.1 ") + response.status() + " " + reason(response.status()) + "\r\n"
                + "Content-Type: application/json; charset=utf-8\r\n"
                + "Content-Length: " + body.length + "\r\n"
                + (http10 ? "" : "Connection: keep-alive\r\nKeep-Alive: timeout=" + idleTimeout.toSeconds() + "\r\n")
                + "\r\n";
        out.write(head.getBytes(StandardCharsets.US_ASCII));
        out.write(body);
        out.flush();
    }

    private static String reason(int status) {
        return switch (status) {
            case 200 -> "OK";
            case 201 -> "Created";
            case 404 -> "Not Found";
            case 503 -> "Service Unavailable";
            default -> "Status";
        };
    }

    /** One CRLF-terminated line, or null at the end of the stream. */
    private static String line(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) != -1) {
            if (b == '\n') {
                byte[] bytes = line.toByteArray();
                int end = bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
                return new String(bytes, 0, end, StandardCharsets.ISO_8859_1);
            }
            if (line.size() > 16_384) {
                throw new IOException("header line too long");
            }
            line.write(b);
        }
        return line.size() == 0 ? null : line.toString(StandardCharsets.ISO_8859_1);
    }

    @Override
    public void close() throws IOException {
        server.close();
        for (Socket socket : open) {
            socket.close();
        }
    }
}
