package com.botclientemanager.whatsapp.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.botclientemanager.testing.KeepAliveServer;
import com.botclientemanager.testing.KeepAliveServer.Response;
import com.botclientemanager.whatsapp.GatewayResult;
import com.botclientemanager.whatsapp.GatewayResult.Kind;
import com.botclientemanager.whatsapp.WhatsAppProperties;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Sends through gateways that close connections by themselves never fail for that reason, and each message reaches the
 * gateway exactly once. Before, a send on a connection the gateway had closed while it sat idle (Node closes one after
 * its keep-alive timeout, shortened here; an HTTP/1.0 server after each answer) failed with "unexpected end of
 * stream", and the same reminders failed again on every retry.
 */
class ClosedConnectionsTest {

    private final AtomicInteger received = new AtomicInteger();

    @Test
    void sendsAfterTheGatewayClosedAnIdleConnectionAllGoOut() throws Exception {
        try (KeepAliveServer node = new KeepAliveServer(Duration.ofMillis(150), this::accept)) {
            List<GatewayResult> results = sendSpaced(node, 6, Duration.ofMillis(400));

            assertThat(results).extracting(GatewayResult::kind).containsOnly(Kind.ACCEPTED);
            assertThat(received.get()).isEqualTo(6);
        }
    }

    @Test
    void sendsToAnHttp10GatewayThatClosesAfterEachAnswerAllGoOut() throws Exception {
        try (KeepAliveServer old = KeepAliveServer.http10(this::accept)) {
            List<GatewayResult> results = sendSpaced(old, 6, Duration.ofMillis(100));

            assertThat(results).extracting(GatewayResult::kind).containsOnly(Kind.ACCEPTED);
            assertThat(received.get()).isEqualTo(6);
        }
    }

    @Test
    void aBurstOfSendsStillGoesOutOnceEach() throws Exception {
        try (KeepAliveServer node = new KeepAliveServer(Duration.ofMillis(150), this::accept)) {
            List<GatewayResult> results = sendSpaced(node, 40, Duration.ZERO);

            assertThat(results).extracting(GatewayResult::kind).containsOnly(Kind.ACCEPTED);
            assertThat(received.get()).isEqualTo(40);
        }
    }

    private Response accept(KeepAliveServer.Request request) {
        received.incrementAndGet();
        return Response.json(201, EvolutionGatewayTest.SENT);
    }

    private static List<GatewayResult> sendSpaced(KeepAliveServer stand, int count, Duration gap) throws Exception {
        EvolutionGateway gateway = new EvolutionGateway(HttpSupport.client(Duration.ofSeconds(2), Duration.ofSeconds(2)),
                new WhatsAppProperties.Evolution(URI.create(stand.url()), "the-api-key", "shop"), Clock.systemUTC());
        List<GatewayResult> results = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            results.add(gateway.sendText("551191234567" + (i % 10), "Oi " + i));
            Thread.sleep(gap.toMillis());
        }
        return results;
    }
}
