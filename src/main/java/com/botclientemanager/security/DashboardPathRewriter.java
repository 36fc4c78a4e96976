package com.botclientemanager.security;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Puts a prefix in front of the root paths JobRunr's dashboard page and scripts name ({@code "/dashboard},
 * {@code "/api/}, {@code "/sse/}, always right after a double quote), as the bytes stream through: only the few bytes
 * after a quote that may still become such a path are held back.
 */
final class DashboardPathRewriter extends FilterOutputStream {

    private static final byte QUOTE = '"';
    private static final byte[][] PATHS = {bytes("/dashboard"), bytes("/api/"), bytes("/sse/")};

    private final byte[] prefix;
    /** A quote and the start of a path after it, not written yet. */
    private final byte[] pending = new byte[1 + longestPath()];
    private int pendingLength;

    DashboardPathRewriter(OutputStream out, String prefix) {
        super(out);
        this.prefix = bytes(prefix);
    }

    @Override
    public void write(int b) throws IOException {
        if (pendingLength == 0) {
            if (b == QUOTE) {
                pending[pendingLength++] = QUOTE;
            } else {
                out.write(b);
            }
            return;
        }
        pending[pendingLength++] = (byte) b;
        switch (match()) {
            case COMPLETE -> {
                out.write(QUOTE);
                out.write(prefix);
                out.write(pending, 1, pendingLength - 1);
                pendingLength = 0;
            }
            case NONE -> {
                out.write(pending, 0, pendingLength - 1);
                pendingLength = 0;
                write(b); // it may open the next quote
            }
            case PARTIAL -> {
                // wait for the next byte
            }
        }
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        for (int i = off; i < off + len; i++) {
            write(b[i]);
        }
    }

    /** Flushes what is certain; a possible path start stays held back until it is decided. */
    @Override
    public void flush() throws IOException {
        out.flush();
    }

    @Override
    public void close() throws IOException {
        out.write(pending, 0, pendingLength);
        pendingLength = 0;
        super.close();
    }

    private Match match() {
        int length = pendingLength - 1;
        for (byte[] path : PATHS) {
            if (length <= path.length && startsWith(path, length)) {
                return length == path.length ? Match.COMPLETE : Match.PARTIAL;
            }
        }
        return Match.NONE;
    }

    private boolean startsWith(byte[] path, int length) {
        for (int i = 0; i < length; i++) {
            if (pending[1 + i] != path[i]) {
                return false;
            }
        }
        return true;
    }

    private static int longestPath() {
        int longest = 0;
        for (byte[] path : PATHS) {
            longest = Math.max(longest, path.length);
        }
        return longest;
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private enum Match { NONE, PARTIAL, COMPLETE }
}
