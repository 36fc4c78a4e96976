package com.botclientemanager.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import mockwebserver3.MockWebServer;

/** Local stand-ins of outside HTTP APIs, started early enough for a {@code @DynamicPropertySource} to point at them. */
public final class StandIns {

    private StandIns() {
    }

    /** A started MockWebServer; the caller closes it after its tests. */
    public static MockWebServer started() {
        MockWebServer server = new MockWebServer();
        try {
            server.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return server;
    }
}
