package com.botclientemanager.whatsapp.internal;

import static com.botclientemanager.whatsapp.internal.HttpSupport.shorten;
import static com.botclientemanager.whatsapp.internal.HttpSupport.text;

import com.botclientemanager.whatsapp.GatewayResult;
import com.botclientemanager.whatsapp.GatewayResult.FailureCause;
import com.botclientemanager.whatsapp.MessageStatus;
import com.botclientemanager.whatsapp.MessagingService;
import com.botclientemanager.whatsapp.Provider;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/**
 * Meta's Cloud API webhook: the subscription check ({@code hub.*}) and the delivery statuses ({@code sent},
 * {@code delivered}, {@code read}, {@code failed}) by {@code wamid}, each POST signed with the app secret in
 * {@code X-Hub-Signature-256} over the raw body. Answers only while the Cloud API is the provider; a POST without a
 * signature is refused before its body is read, and the body is parsed only once the signature matches. Clients'
 * messages ({@code messages}) are published as {@link com.botclientemanager.whatsapp.InboundMessage}.
 */
@RestController
class CloudWebhookController {

    private static final String SIGNATURE_PREFIX = "sha256=";
    private static final Map<String, MessageStatus> STATUSES = Map.of(
            "sent", MessageStatus.SENT,
            "delivered", MessageStatus.DELIVERED,
            "read", MessageStatus.READ,
            "failed", MessageStatus.FAILED);

    private final MessagingService messaging;
    private final SwitchableGateway gateway;
    private final WebhookBodies bodies;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CloudWebhookController(MessagingService messaging, SwitchableGateway gateway,
            WebhookBodies bodies, ApplicationEventPublisher events, ObjectProvider<Clock> clock) {
        this.events = events;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
        this.messaging = messaging;
        this.gateway = gateway;
        this.bodies = bodies;
    }

    @GetMapping(value = "/webhooks/cloud", produces = MediaType.TEXT_PLAIN_VALUE)
    ResponseEntity<String> verify(@RequestParam(name = "hub.mode", required = false) String mode,
            @RequestParam(name = "hub.verify_token", required = false) String token,
            @RequestParam(name = "hub.challenge", required = false) String challenge) {
        if (gateway.provider() != Provider.CLOUD) {
            return ResponseEntity.notFound().build();
        }
        if ("subscribe".equals(mode) && challenge != null && sameText(gateway.cloud().verifyToken(), token)) {
            return ResponseEntity.ok(challenge);
        }
        return ResponseEntity.status(403).build();
    }

    @PostMapping("/webhooks/cloud")
    ResponseEntity<Void> receive(@RequestHeader(name = "X-Hub-Signature-256", required = false) String signature,
            HttpServletRequest request) {
        if (gateway.provider() != Provider.CLOUD) {
            return ResponseEntity.notFound().build();
        }
        if (signature == null || !signature.startsWith(SIGNATURE_PREFIX)) {
            return ResponseEntity.status(HttpStatus.UNAUTHORIZED).build();
        }
        byte[] raw;
        try {
            raw = bodies.read(request);
        } catch (WebhookBodies.TooLarge e) {
            return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).build();
        } catch (IOException e) {
            return ResponseEntity.badRequest().build();
        }
        if (!validSignature(raw, signature)) {
            return ResponseEntity.status(HttpStatus.UNAUTHORIZED).build();
        }
        JsonNode payload = bodies.parseObject(raw);
        if (payload == null) {
            return ResponseEntity.badRequest().build();
        }
        for (JsonNode entry : payload.path("entry")) {
            for (JsonNode change : entry.path("changes")) {
                change.path("value").path("statuses").forEach(this::status);
                CloudInbound.read(change.path("value"), clock.instant()).forEach(events::publishEvent);
            }
        }
        return ResponseEntity.ok().build();
    }

    private void status(JsonNode status) {
        String wamid = text(status.path("id"));
        MessageStatus mapped = STATUSES.get(String.valueOf(text(status.path("status"))));
        if (wamid != null && mapped != null) {
            messaging.applyDeliveryReport(wamid, mapped, mapped == MessageStatus.FAILED ? reason(status.path("errors").path(0)) : null);
        }
    }

    private static String reason(JsonNode error) {
        int code = error.path("code").asInt(0);
        String key = switch (code) {
            case CloudGateway.UNDELIVERABLE -> GatewayResult.reasonKey(FailureCause.UNDELIVERABLE);
            case CloudGateway.OUTSIDE_24H_WINDOW -> GatewayResult.reasonKey(FailureCause.OUTSIDE_24H_WINDOW);
            default -> "whatsapp.reason.provider-error";
        };
        String title = text(error.path("title"));
        return code == 0 ? key : key + " | #" + code + (title == null ? "" : " " + shorten(title));
    }

    private boolean validSignature(byte[] body, String header) {
        String secret = gateway.cloud().appSecret();
        if (secret == null || secret.isBlank() || header == null || !header.startsWith(SIGNATURE_PREFIX)) {
            return false;
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] expected = HexFormat.of().formatHex(mac.doFinal(body)).getBytes(StandardCharsets.US_ASCII);
            byte[] given = header.substring(SIGNATURE_PREFIX.length()).strip().toLowerCase()
                    .getBytes(StandardCharsets.US_ASCII);
            return MessageDigest.isEqual(expected, given);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }

    private static boolean sameText(String expected, String given) {
        return expected != null && !expected.isBlank() && given != null
                && MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8), given.getBytes(StandardCharsets.UTF_8));
    }
}
