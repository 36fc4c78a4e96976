package com.botclientemanager.whatsapp.internal;

import static com.botclientemanager.whatsapp.internal.HttpSupport.text;

import com.botclientemanager.whatsapp.ConnectionChanged;
import com.botclientemanager.whatsapp.ConnectionStatus.ConnectionState;
import com.botclientemanager.whatsapp.MessageStatus;
import com.botclientemanager.whatsapp.MessagingService;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * Evolution API's webhook: delivery reports ({@code messages.update}, matched by {@code keyId}) and link state
 * ({@code connection.update}). The secret in the path authenticates the caller; a wrong one gets a bare 404.
 * Also accepts {@code /{secret}/{event}} for Evolution's "webhook by events" mode.
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

    EvolutionWebhookController(EvolutionWebhookSecret secret, MessagingService messaging, ApplicationEventPublisher events) {
        this.secret = secret;
        this.messaging = messaging;
        this.events = events;
    }

    @PostMapping({"/webhooks/evolution/{secret}", "/webhooks/evolution/{secret}/{event}"})
    ResponseEntity<Void> receive(@PathVariable("secret") String pathSecret, @RequestBody(required = false) byte[] body) {
        if (!secret.matches(pathSecret)) {
            return ResponseEntity.notFound().build();
        }
        JsonNode payload;
        try {
            payload = HttpSupport.MAPPER.readTree(body == null ? new byte[0] : body);
        } catch (JacksonException e) {
            return ResponseEntity.badRequest().build();
        }
        if (payload == null || !payload.isObject()) {
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
            default -> {
                // other events (incoming messages, contacts...) are not used by this app
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
