package com.botclientemanager.soak;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A webhook far larger than any delivery report, like the 300 MB {@code messages.upsert} (a media file in base64) that
 * exhausted a live instance's heap. Streamed from a small buffer over a raw socket, with a Content-Length (as Evolution
 * sends it) or chunked (as a hostile sender might), so the sender reads exactly what the app answered, or that it
 * closed the connection before taking the whole body.
 */
final class OversizedWebhook {

    /** What came back: an HTTP status (0 when none was read), bytes the app took, and whether it hung up early. */
    record Outcome(String mode, int status, long bytesSent, boolean closedEarly, long millis) {
        boolean refused() {
            return (status >= 400 && status < 500) || (closedEarly && status == 0);
        }

        @Override
        public String toString() {
            return mode + ": " + (status > 0 ? "HTTP " + status : "no answer") + ", " + bytesSent / (1024 * 1024)
                    + " MB sent" + (closedEarly ? ", connection closed by the app" : "") + ", " + millis + " ms";
        }
    }

    private static final byte[] PREFIX = ("{\"event\":\"messages.upsert\",\"instance\":\"soak\",\"data\":{\"key\":"
            + "{\"remoteJid\":\"5511900000000@s.whatsapp.net\",\"fromMe\":false,\"id\":\"BIG\"},"
            + "\"message\":{\"base64\":\"")
            .getBytes(StandardCharsets.US_ASCII);
    private static final byte[] SUFFIX = "\"}}}".getBytes(StandardCharsets.US_ASCII);
    private static final int CHUNK = 64 * 1024;

    private OversizedWebhook() {
    }

    static Outcome post(URI url, long megabytes, boolean chunked) {
        long size = megabytes * 1024 * 1024;
        long start = System.nanoTime();
        long sent = 0;
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(url.getHost(), url.getPort()), 5_000);
            socket.setSoTimeout(60_000);
            OutputStream out = socket.getOutputStream();
            String head = "POST " + url.getRawPath() + " HTTP/1.1\r\nHost: " + url.getHost() + ":" + url.getPort()
                    + "\r\nContent-Type: application/json\r\nConnection: close\r\n"
                    + (chunked ? "Transfer-Encoding: chunked\r\n" : "Content-Length: " + size + "\r\n") + "\r\n";
            out.write(head.getBytes(StandardCharsets.US_ASCII));
            byte[] filler = new byte[CHUNK];
            Arrays.fill(filler, (byte) 'A');
            try {
                sent += write(out, PREFIX, chunked);
                long fill = size - PREFIX.length - SUFFIX.length;
                while (fill > 0) {
                    int n = (int) Math.min(CHUNK, fill);
                    sent += write(out, n == CHUNK ? filler : Arrays.copyOf(filler, n), chunked);
                    fill -= n;
                }
                sent += write(out, SUFFIX, chunked);
                if (chunked) {
                    out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                }
                out.flush();
            } catch (IOException closedByApp) {
                return new Outcome(mode(chunked), status(socket.getInputStream()), sent, true, millis(start));
            }
            return new Outcome(mode(chunked), status(socket.getInputStream()), sent, false, millis(start));
        } catch (IOException e) {
            return new Outcome(mode(chunked) + " (" + e.getMessage() + ")", 0, sent, true, millis(start));
        }
    }

    private static long write(OutputStream out, byte[] bytes, boolean chunked) throws IOException {
        if (chunked) {
            out.write((Integer.toHexString(bytes.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
        }
        out.write(bytes);
        if (chunked) {
            out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
        }
        return bytes.length;
    }

    /** The status of the answer, or 0 when there is none to read (the app reset the connection). */
    private static int status(InputStream in) {
        try {
            byte[] line = new byte[64];
            int read = in.readNBytes(line, 0, 12);
            String text = new String(line, 0, read, StandardCharsets.US_ASCII);
            return text.startsWith("HTTP/1.1 ") && text.length() >= 12 ? Integer.parseInt(text.substring(9, 12)) : 0;
        } catch (IOException | NumberFormatException e) {
            return 0;
        }
    }

    private static String mode(boolean chunked) {
        return chunked ? "chunked" : "with Content-Length";
    }

    private static long millis(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}
