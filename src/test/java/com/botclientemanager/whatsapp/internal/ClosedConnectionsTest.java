package com.botclientemanager.whatsapp.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.botclientemanager.whatsapp.GatewayResult;
import com.botclientemanager.whatsapp.GatewayResult.Kind;
import com.botclientemanager.whatsapp.WhatsAppProperties;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Sends through gateways that close connections by themselves never fail for that reason, and each message reaches the
 * gateway exactly once. Before, a send on a connection the gateway had closed while it sat idle failed with
 * "unexpected end of stream", and the same reminders failed again on every retry.
 */
class ClosedConnectionsTest {

    @Test
    void sendsAfterTheGatewayClosedAnIdleConnectionAllGoOut() throws Exception {
        try (IdleClosingGateway node = IdleClosingGateway.closingIdleAfter(150)) {
            List<GatewayResult> results = sendSpaced(node, 6, Duration.ofMillis(400));

            assertThat(results).extracting(GatewayResult::kind).containsOnly(Kind.ACCEPTED);
            assertThat(node.requestsReceived()).isEqualTo(6);
        }
    }

    @Test
    void sendsToAnHttp10GatewayThatClosesAfterEachAnswerAllGoOut() throws Exception {
        try (IdleClosingGateway old = IdleClosingGateway.http10()) {
            List<GatewayResult> results = sendSpaced(old, 6, Duration.ofMillis(100));

            assertThat(results).extracting(GatewayResult::kind).containsOnly(Kind.ACCEPTED);
            assertThat(old.requestsReceived()).isEqualTo(6);
        }
    }

    @Test
    void aBurstOfSendsStillGoesOutOnceEach() throws Exception {
        try (IdleClosingGateway node = IdleClosingGateway.closingIdleAfter(150)) {
            List<GatewayResult> results = sendSpaced(node, 40, Duration.ZERO);

            assertThat(results).extracting(GatewayResult::kind).containsOnly(Kind.ACCEPTED);
            assertThat(node.requestsReceived()).isEqualTo(40);
        }
    }

    private static List<GatewayResult> sendSpaced(IdleClosingGateway stand, int count, Duration gap) throws Exception {
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
