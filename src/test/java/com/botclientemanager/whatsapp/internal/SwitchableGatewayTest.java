package com.botclientemanager.whatsapp.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.botclientemanager.whatsapp.ConnectionField;
import com.botclientemanager.whatsapp.ConnectionSettings;
import com.botclientemanager.whatsapp.GatewayResult;
import com.botclientemanager.whatsapp.Provider;
import com.botclientemanager.whatsapp.WhatsAppProperties;
import java.net.URI;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

/** The one gateway of the app: it follows the saved settings at once and never starts on incomplete ones. */
class SwitchableGatewayTest {

    private static final WhatsAppProperties PROPERTIES = new WhatsAppProperties(Provider.OUTBOX,
            new WhatsAppProperties.Evolution(null, null, "bot-cliente-manager"),
            new WhatsAppProperties.Cloud(URI.create("https://graph.facebook.com/v23.0"), null, null, null, null), 180,
            Duration.ofSeconds(2), Duration.ofSeconds(2), LocalTime.of(8, 0), LocalTime.of(21, 0),
            Set.of(DayOfWeek.values()), 3, 300, DataSize.ofMegabytes(1));

    @Test
    void aHandEditedIncompleteFileStartsInTestModeInsteadOfFailing() {
        SwitchableGateway gateway = new SwitchableGateway(PROPERTIES, ConnectionSettings.of(Map.of(
                ConnectionField.PROVIDER, "evolution", ConnectionField.EVOLUTION_URL, "not a url")), Clock.systemUTC());

        assertThat(gateway.provider()).isEqualTo(Provider.OUTBOX);
        assertThat(gateway.sendText("5511912345678", "Oi").kind()).isEqualTo(GatewayResult.Kind.SIMULATED);
        gateway.close();
    }

    @Test
    void switchingSendsTheNextMessageThroughTheNewProvider() throws Exception {
        try (MockWebServer evolution = new MockWebServer()) {
            evolution.start();
            evolution.enqueue(new MockResponse.Builder().code(201).body("{\"key\":{\"id\":\"K1\"}}").build());
            SwitchableGateway gateway = new SwitchableGateway(PROPERTIES, ConnectionSettings.empty(), Clock.systemUTC());
            assertThat(gateway.sendText("5511912345678", "Oi").kind()).isEqualTo(GatewayResult.Kind.SIMULATED);

            gateway.switchTo(ConnectionSettings.of(Map.of(ConnectionField.PROVIDER, "evolution",
                    ConnectionField.EVOLUTION_URL, evolution.url("/").toString(),
                    ConnectionField.EVOLUTION_API_KEY, "key", ConnectionField.EVOLUTION_INSTANCE, "loja")));

            assertThat(gateway.provider()).isEqualTo(Provider.EVOLUTION);
            assertThat(gateway.sendText("5511912345678", "Oi").providerMessageId()).isEqualTo("K1");
            assertThat(evolution.takeRequest(1, TimeUnit.SECONDS).getUrl().encodedPath()).isEqualTo("/message/sendText/loja");
            gateway.switchTo(ConnectionSettings.empty());
            assertThat(gateway.provider()).isEqualTo(Provider.OUTBOX);
            gateway.close();
        }
    }
}
