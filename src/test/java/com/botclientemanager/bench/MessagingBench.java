package com.botclientemanager.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.botclientemanager.whatsapp.MessagingService;
import com.botclientemanager.whatsapp.SendOutcome;
import com.botclientemanager.whatsapp.SendRequest;
import com.botclientemanager.whatsapp.SeparateAppTest;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.distribution.ValueAtPercentile;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import com.botclientemanager.testing.StandIns;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The duplicate window: how long a message the gateway has accepted stays unrecorded in the message log (a crash then
 * would send it again on retry). 500 sends through the Evolution adapter to a local stand-in, on the H2 file database.
 */
@Tag(Bench.TAG)
class MessagingBench extends SeparateAppTest {

    private static final MockWebServer EVOLUTION = StandIns.started();
    private static final String SENT = """
            {"key":{"remoteJid":"5511912345678@s.whatsapp.net","fromMe":true,"id":"BAE5F5A632EAE722"},
             "status":"PENDING","message":{"conversation":"Oi"},"messageType":"conversation"}""";

    @Autowired
    MessagingService messaging;

    @DynamicPropertySource
    static void evolution(DynamicPropertyRegistry registry) {
        registry.add("app.whatsapp.provider", () -> "evolution");
        registry.add("app.whatsapp.evolution.url", () -> EVOLUTION.url("/").toString());
        registry.add("app.whatsapp.evolution.api-key", () -> "bench-key");
        registry.add("app.whatsapp.evolution.instance", () -> "bench");
        registry.add("jobrunr.background-job-server.enabled", () -> false);
    }

    @AfterAll
    static void stop() {
        EVOLUTION.close();
    }

    @Test
    void unrecordedWindowAfterTheGatewayAccepts() {
        for (int i = 0; i < 500; i++) {
            EVOLUTION.enqueue(new MockResponse.Builder().code(201).body(SENT).build());
            SendOutcome outcome = messaging.send(SendRequest.text("bench-" + i, "Cliente " + i, "5511912345678",
                    "due_day", "Olá", "bench-window-" + i));
            assertThat(outcome).isEqualTo(SendOutcome.SENT);
        }
        Timer window = messaging.unrecordedWindow();
        assertThat(window.count()).isEqualTo(500);
        for (ValueAtPercentile p : window.takeSnapshot().percentileValues()) {
            Bench.report("duplicate_window_p" + Math.round(p.percentile() * 100) + "_ms", p.value(TimeUnit.MILLISECONDS), "ms");
        }
        Bench.report("duplicate_window_max_ms", window.max(TimeUnit.MILLISECONDS), "ms");
    }

}
