package com.botclientemanager.whatsapp.internal;

import static com.botclientemanager.whatsapp.internal.HttpSupport.text;

import com.botclientemanager.whatsapp.ConnectionChanged;
import com.botclientemanager.whatsapp.ConnectionStatus.ConnectionState;
import com.botclientemanager.whatsapp.RecipientAlias;
import com.botclientemanager.whatsapp.MessageStatus;
import com.botclientemanager.whatsapp.MessagingService;
import com.botclientemanager.whatsapp.Provider;
import com.botclientemanager.whatsapp.WhatsAppGateway;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.time.Clock;
import java.util.Locale;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/**
 * Evolution API's webhook: delivery reports ({@code messages.update}, matched by {@code keyId}) and link state
 * ({@code connection.update}) and messages ({@code messages.upsert}: a client's reply, or the reseller's own message from
 * the phone), published as {@link com.botclientemanager.whatsapp.InboundMessage}. Answers only while Evolution is the provider. The secret in the path authenticates the
 * caller before anything is read; a wrong one gets a bare 404. Also accepts {@code /{secret}/{event}} for Evolution's
 * "webhook by events" mode.
 */
@RestController
class EvolutionWebhookController {

    private static final Map<String, MessageStatus> STATUSES = Map.of(
            "SERVER_ACK", MessageStatus.SENT,
            "DELIVERY_ACK", MessageStatus.DELIVERED,
            "READ", MessageStatus.READ,
            "PLAYED", MessageStatus.READ,
            "ERROR", MessageStatus.FAILED);

    private final EvolutionWebhookSecret secret;
    private final MessagingService messaging;
    private final ApplicationEventPublisher events;
    private final WhatsAppGateway gateway;
    private final WebhookBodies bodies;
    private final Clock clock;

    EvolutionWebhookController(EvolutionWebhookSecret secret, MessagingService messaging,
            ApplicationEventPublisher events, WhatsAppGateway gateway, WebhookBodies bodies,
            ObjectProvider<Clock> clock) {
        this.clock = clock.getIfAvailable(Clock::systemUTC);
        this.secret = secret;
        this.messaging = messaging;
        this.events = events;
        this.gateway = gateway;
        this.bodies = bodies;
    }

    @PostMapping({"/webhooks/evolution/{secret}", "/webhooks/evolution/{secret}/{event}"})
    ResponseEntity<Void> receive(@PathVariable("secret") String pathSecret, HttpServletRequest request) {
        if (gateway.provider() != Provider.EVOLUTION || !secret.matches(pathSecret)) {
            return ResponseEntity.notFound().build();
        }
        JsonNode payload;
        try {
            payload = bodies.parseObject(bodies.read(request));
        } catch (WebhookBodies.TooLarge e) {
            return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).build();
        } catch (IOException e) {
            return ResponseEntity.badRequest().build();
        }
        if (payload == null) {
            return ResponseEntity.badRequest().build();
        }
        String event = String.valueOf(text(payload.path("event"))).toLowerCase(Locale.ROOT).replace('_', '.');
        JsonNode data = payload.path("data");
        switch (event) {
            case "messages.update" -> {
                if (data.isArray()) {
                    data.forEach(this::messageUpdate);
                } else {
                    messageUpdate(data);
                }
            }
            case "connection.update" -> connectionUpdate(text(data.path("state")));
            case "messages.upsert" -> {
                if (data.isArray()) {
                    data.forEach(this::messageUpsert);
                } else {
                    messageUpsert(data);
                }
            }
            default -> {
                // other events (contacts, chats...) are not used by this app
            }
        }
        return ResponseEntity.ok().build();
    }

    private void messageUpdate(JsonNode update) {
        String keyId = text(update.path("keyId"));
        if (keyId == null) {
            keyId = text(update.path("key").path("id"));
        }
        MessageStatus status = STATUSES.get(String.valueOf(text(update.path("status"))));
        if (keyId != null && status != null) {
            messaging.applyDeliveryReport(keyId, status, status == MessageStatus.FAILED ? "whatsapp.reason.provider-error" : null);
        }
        String lid = EvolutionInbound.lidOf(text(update.path("remoteJid")));
        if (keyId != null && lid != null) {
            events.publishEvent(new RecipientAlias(keyId, lid));
        }
    }

    private void messageUpsert(JsonNode data) {
        EvolutionInbound.read(data, clock.instant()).ifPresent(events::publishEvent);
    }

    private void connectionUpdate(String state) {
        ConnectionState mapped = switch (String.valueOf(state)) {
            case "open" -> ConnectionState.CONNECTED;
            case "connecting" -> ConnectionState.WAITING_FOR_QR;
            case "close", "refused" -> ConnectionState.DISCONNECTED;
            default -> null;
        };
        if (mapped != null) {
            events.publishEvent(new ConnectionChanged(mapped));
        }
    }
}
