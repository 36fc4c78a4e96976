package com.botclientemanager.whatsapp.internal;

import com.botclientemanager.whatsapp.CloudTemplate;
import com.botclientemanager.whatsapp.ConnectionCheck;
import com.botclientemanager.whatsapp.ConnectionField;
import com.botclientemanager.whatsapp.ConnectionSettings;
import com.botclientemanager.whatsapp.ConnectionStatus;
import com.botclientemanager.whatsapp.GatewayResult;
import com.botclientemanager.whatsapp.Pairing;
import com.botclientemanager.whatsapp.Provider;
import com.botclientemanager.whatsapp.WhatsAppGateway;
import com.botclientemanager.whatsapp.WhatsAppProperties;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicReference;
import okhttp3.OkHttpClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one {@link WhatsAppGateway} of the app: it hands each call to the adapter of the current settings, and
 * {@link #switchTo} replaces that adapter at once (no restart) and shuts the old one's HTTP client down.
 */
public final class SwitchableGateway implements WhatsAppGateway, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(SwitchableGateway.class);

    private final WhatsAppProperties properties;
    private final Clock clock;
    private final AtomicReference<Active> active = new AtomicReference<>();

    SwitchableGateway(WhatsAppProperties properties, ConnectionSettings initial, Clock clock) {
        this.properties = properties;
        this.clock = clock;
        active.set(build(initial));
        log.info("WhatsApp provider: {}", initial.provider());
    }

    /** Uses {@code settings} from the next call on; calls already running finish on the old adapter. */
    public void switchTo(ConnectionSettings settings) {
        Active old = active.getAndSet(build(settings));
        log.info("WhatsApp provider switched to {}", settings.provider());
        old.shutdown();
    }

    /** The settings in use (secrets included: never show them). */
    public ConnectionSettings settings() {
        return active.get().settings();
    }

    /** Creates the Evolution instance when missing and registers the webhook; the first problem, if any. */
    public ConnectionCheck prepareEvolution(String webhookUrl, String secret) {
        OkHttpClient http = newClient();
        try {
            EvolutionSetup setup = new EvolutionSetup(http, settings().evolution());
            ConnectionCheck instance = setup.ensureInstance();
            return instance.ok() ? setup.registerWebhook(webhookUrl, secret) : instance;
        } finally {
            http.dispatcher().executorService().shutdown();
        }
    }

    WhatsAppProperties.Cloud cloud() {
        return settings().cloud(properties.cloud().apiUrl());
    }

    OkHttpClient newClient() {
        return HttpSupport.client(properties.connectTimeout(), properties.readTimeout());
    }

    WhatsAppProperties properties() {
        return properties;
    }

    private Active build(ConnectionSettings settings) {
        if (!settings.problems().isEmpty()) {
            // e.g. a hand-edited connection file: start in test mode rather than not at all
            log.warn("WhatsApp settings for {} are incomplete ({}): test mode until they are fixed on the WhatsApp page",
                    settings.provider(), settings.problems().stream().map(p -> p.field().property()).toList());
            return new Active(new OutboxGateway(), null, settings.with(ConnectionField.PROVIDER, "outbox"));
        }
        return switch (settings.provider()) {
            case OUTBOX -> new Active(new OutboxGateway(), null, settings);
            case EVOLUTION -> {
                OkHttpClient http = newClient();
                yield new Active(new EvolutionGateway(http, settings.evolution(), clock), http, settings);
            }
            case CLOUD -> {
                OkHttpClient http = newClient();
                yield new Active(new CloudGateway(http, cloud(settings), clock), http, settings);
            }
        };
    }

    private WhatsAppProperties.Cloud cloud(ConnectionSettings settings) {
        return settings.cloud(properties.cloud().apiUrl());
    }

    private WhatsAppGateway current() {
        return active.get().gateway();
    }

    @Override
    public Provider provider() {
        return current().provider();
    }

    @Override
    public GatewayResult sendText(String phone, String text) {
        return current().sendText(phone, text);
    }

    @Override
    public GatewayResult sendTemplate(String phone, CloudTemplate template, String fallbackText) {
        return current().sendTemplate(phone, template, fallbackText);
    }

    @Override
    public ConnectionStatus connectionStatus() {
        return current().connectionStatus();
    }

    @Override
    public Pairing pair() {
        return current().pair();
    }

    @Override
    public void disconnect() {
        current().disconnect();
    }

    @Override
    public void close() {
        active.get().shutdown();
    }

    private record Active(WhatsAppGateway gateway, OkHttpClient http, ConnectionSettings settings) {
        void shutdown() {
            if (http != null) {
                http.dispatcher().executorService().shutdown();
                http.connectionPool().evictAll();
            }
        }
    }
}
