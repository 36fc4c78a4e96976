package com.botclientemanager.whatsapp;

import com.botclientemanager.validation.Phones;
import com.botclientemanager.whatsapp.ConnectionStatus.ConnectionState;
import com.botclientemanager.whatsapp.internal.EvolutionWebhookSecret;
import com.botclientemanager.ui.QrCodes;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * What the WhatsApp page needs: the provider and its link state, pairing by QR code, unlinking, a test message, the
 * webhook paths and the (read-only) sending settings.
 */
@Service
public class WhatsAppConnection {

    private final WhatsAppGateway gateway;
    private final MessagingService messaging;
    private final EvolutionWebhookSecret webhookSecret;

    WhatsAppConnection(WhatsAppGateway gateway, MessagingService messaging, EvolutionWebhookSecret webhookSecret) {
        this.gateway = gateway;
        this.messaging = messaging;
        this.webhookSecret = webhookSecret;
    }

    public Provider provider() {
        return gateway.provider();
    }

    /** The link state; an error once the provider rejected our credentials, even if it now looks fine. */
    public ConnectionStatus status() {
        Optional<String> stopped = messaging.sendingStopped();
        if (stopped.isPresent()) {
            return new ConnectionStatus(ConnectionState.ERROR, stopped.get());
        }
        return gateway.connectionStatus();
    }

    public Pairing pair() {
        return gateway.pair();
    }

    /** The QR code as a PNG image of {@code size} pixels. */
    public byte[] qrPng(String code, int size) {
        return QrCodes.png(code, size);
    }

    public void disconnect() {
        gateway.disconnect();
    }

    /**
     * The phone as digits with the country code when it is a valid number ("+55 (11) 91234-5678" gives
     * "5511912345678"), empty otherwise. Read by {@link Phones}, as the client form reads it, but the country code is
     * required: this module does not know the reseller's default country.
     */
    public static Optional<String> normalizePhone(String input) {
        return Phones.normalise(input, null);
    }

    /**
     * Sends a test message to a valid phone (see {@link #normalizePhone}). Returns the outcome; a temporary problem
     * comes back as the i18n key of its reason.
     */
    public TestResult sendTest(String phone, String text) {
        String digits = normalizePhone(phone).orElseThrow(() -> new IllegalArgumentException("invalid phone"));
        try {
            SendOutcome outcome = messaging.send(SendRequest.text(null, "+" + digits, digits, "test", text, null));
            return new TestResult(outcome, null);
        } catch (TransientSendException e) {
            return new TestResult(null, e.messageKey());
        }
    }

    /** A test send's outcome, or the i18n key of a temporary failure. */
    public record TestResult(SendOutcome outcome, String transientReasonKey) {
    }

    /** The path (without host) to configure as the Evolution API webhook. */
    public String evolutionWebhookPath() {
        return "/webhooks/evolution/" + webhookSecret.value();
    }

    public String cloudWebhookPath() {
        return "/webhooks/cloud";
    }
}
