package com.botclientemanager.security;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Copies a server-sent event stream to the browser as it comes. While the stream is between events it also writes a
 * comment line now and then: JobRunr may stay silent for hours (a job page), and only a write tells that the browser
 * has gone, so that the upstream connection is closed instead of holding a thread and a connection forever.
 */
final class EventStreamRelay {

    private static final byte[] COMMENT = ":\n\n".getBytes(StandardCharsets.US_ASCII);

    private final OutputStream browser;
    private final Runnable closeUpstream;
    private final Object lock = new Object();
    // guarded by lock
    private boolean finished;
    private byte last;
    private byte beforeLast;

    EventStreamRelay(OutputStream browser, Runnable closeUpstream) {
        this.browser = browser;
        this.closeUpstream = closeUpstream;
    }

    void relay(InputStream upstream, ScheduledExecutorService timer, Duration keepAlive) throws IOException {
        ScheduledFuture<?> pings = timer.scheduleWithFixedDelay(this::ping, keepAlive.toMillis(), keepAlive.toMillis(),
                TimeUnit.MILLISECONDS);
        try {
            byte[] buffer = new byte[8192];
            int read;
            while ((read = upstream.read(buffer)) != -1) {
                synchronized (lock) {
                    browser.write(buffer, 0, read);
                    browser.flush();
                    if (read >= 2) {
                        beforeLast = buffer[read - 2];
                    } else {
                        beforeLast = last;
                    }
                    last = buffer[read - 1];
                }
            }
        } finally {
            pings.cancel(false);
            synchronized (lock) {
                finished = true; // a ping may not touch the response once the request is over
            }
        }
    }

    private void ping() {
        synchronized (lock) {
            boolean betweenEvents = last == '\n' && beforeLast == '\n' || last == 0;
            if (finished || !betweenEvents) {
                return;
            }
            try {
                browser.write(COMMENT);
                browser.flush();
            } catch (IOException | RuntimeException browserGone) {
                finished = true;
                closeUpstream.run();
            }
        }
    }
}
