package com.botclientemanager.whatsapp.internal;

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
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A gateway stand-in that closes connections the way real ones do: Node's HTTP server (Evolution API) closes a
 * keep-alive connection once it has been idle for its keep-alive timeout (5 s; shortened here), an HTTP/1.0 server
 * closes it right after each answer. It answers every POST with Evolution's 201 and counts the requests it received.
 * Loopback only.
 */
final class IdleClosingGateway implements AutoCloseable {

    private final ServerSocket server;
    private final ExecutorService connections = Executors.newVirtualThreadPerTaskExecutor();
    private final int idleCloseMillis;
    private final boolean http10;
    private final AtomicInteger received = new AtomicInteger();
    private final AtomicInteger connectionsOpened = new AtomicInteger();

    private IdleClosingGateway(int idleCloseMillis, boolean http10) throws IOException {
        this.idleCloseMillis = idleCloseMillis;
        this.http10 = http10;
        this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        connections.submit(this::acceptLoop);
    }

    /** Keeps a connection open after an answer, closing it once idle for {@code idleCloseMillis} (like Node). */
    static IdleClosingGateway closingIdleAfter(int idleCloseMillis) throws IOException {
        return new IdleClosingGateway(idleCloseMillis, false);
    }

    /** Answers as HTTP/1.0 with a Content-Length and closes the connection after each answer. */
    static IdleClosingGateway http10() throws IOException {
        return new IdleClosingGateway(0, true);
    }

    String url() {
        return "http://127.0.0.1:" + server.getLocalPort() + "/";
    }

    int requestsReceived() {
        return received.get();
    }

    int connectionsOpened() {
        return connectionsOpened.get();
    }

    private void acceptLoop() {
        while (!server.isClosed()) {
            try {
                Socket socket = server.accept();
                connectionsOpened.incrementAndGet();
                connections.submit(() -> serve(socket));
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
                socket.setSoTimeout(http10 ? 5000 : idleCloseMillis);
                String head;
                try {
                    head = readHead(in);
                } catch (SocketTimeoutException idle) {
                    return; // idle too long: close, as Node does
                }
                if (head == null) {
                    return;
                }
                in.readNBytes(contentLength(head));
                received.incrementAndGet();
                byte[] body = EvolutionGatewayTest.SENT.getBytes(StandardCharsets.UTF_8);
                String status = http10 ? "HTTP/1.0 201 Created" : "HTTP/1.1 201 Created";
                out.write((status + "\r\nContent-Type: application/json\r\nContent-Length: " + body.length + "\r\n\r\n")
                        .getBytes(StandardCharsets.US_ASCII));
                out.write(body);
                out.flush();
                if (http10) {
                    return;
                }
            }
        } catch (IOException e) {
            // the client went away
        }
    }

    private static String readHead(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int matched = 0;
        int b;
        while ((b = in.read()) != -1) {
            head.write(b);
            matched = (b == '\r' || b == '\n') ? matched + 1 : 0;
            if (matched == 4) {
                return head.toString(StandardCharsets.ISO_8859_1);
            }
        }
        return null;
    }

    private static int contentLength(String head) {
        for (String line : head.split("\r\n")) {
            if (line.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
                return Integer.parseInt(line.substring(15).strip());
            }
        }
        return 0;
    }

    @Override
    public void close() throws IOException {
        server.close();
        connections.shutdownNow();
    }
}
