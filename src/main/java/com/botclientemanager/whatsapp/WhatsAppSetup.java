package com.botclientemanager.whatsapp;

import com.botclientemanager.whatsapp.internal.ConnectionFile;
import com.botclientemanager.whatsapp.internal.ConnectionTester;
import com.botclientemanager.whatsapp.internal.EnvironmentConnection;
import com.botclientemanager.whatsapp.internal.EvolutionWebhookSecret;
import com.botclientemanager.whatsapp.internal.SwitchableGateway;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Service;

/**
 * Setting up the WhatsApp connection from the WhatsApp page: what to show (secrets only as "set"), "Testar conexão",
 * saving (the running gateway switches at once, no restart) and preparing an Evolution instance. Values set in the
 * environment win and are never written to the file.
 */
@Service
public class WhatsAppSetup {

    private final ConnectionFile file;
    private final EnvironmentConnection environment;
    private final SwitchableGateway gateway;
    private final ConnectionTester tester;
    private final MessagingService messaging;
    private final EvolutionWebhookSecret webhookSecret;
    private final SecureRandom random = new SecureRandom();

    WhatsAppSetup(ConnectionFile file, EnvironmentConnection environment, SwitchableGateway gateway,
            ConnectionTester tester, MessagingService messaging, EvolutionWebhookSecret webhookSecret) {
        this.file = file;
        this.environment = environment;
        this.gateway = gateway;
        this.tester = tester;
        this.messaging = messaging;
        this.webhookSecret = webhookSecret;
    }

    /** What the page shows: values without the hidden secrets, which secrets are set, which values the environment sets. */
    public Form form() {
        ConnectionSettings current = gateway.settings();
        ConnectionSettings shown = current;
        Set<ConnectionField> secretsSet = EnumSet.noneOf(ConnectionField.class);
        for (ConnectionField field : ConnectionField.values()) {
            if (field.hidden()) {
                if (current.has(field)) {
                    secretsSet.add(field);
                }
                shown = shown.with(field, null);
            }
        }
        return new Form(shown, secretsSet, fromEnvironment());
    }

    public Set<ConnectionField> fromEnvironment() {
        Set<ConnectionField> fields = EnumSet.noneOf(ConnectionField.class);
        fields.addAll(environment.values().values().keySet());
        return fields;
    }

    /** Checks the values entered (hidden secrets left empty keep the saved ones) against the provider, saving nothing. */
    public ConnectionCheck test(ConnectionSettings draft) {
        ConnectionSettings effective = stored(draft).overlaidBy(environment.values());
        List<ConnectionSettings.Problem> problems = effective.problems();
        if (!problems.isEmpty()) {
            return ConnectionCheck.problem(problems.getFirst().messageKey());
        }
        return tester.test(effective);
    }

    /** Saves the values and switches the running gateway; the problems to fix instead when they are incomplete. */
    public synchronized List<ConnectionSettings.Problem> save(ConnectionSettings draft) {
        ConnectionSettings toStore = stored(draft);
        ConnectionSettings effective = toStore.overlaidBy(environment.values());
        List<ConnectionSettings.Problem> problems = effective.problems();
        if (!problems.isEmpty()) {
            return problems;
        }
        file.write(toStore);
        gateway.switchTo(effective);
        messaging.credentialsChanged();
        return List.of();
    }

    /**
     * For Evolution: creates the instance when missing and registers the app's webhook on it. {@code browserBaseUrl}
     * is used when {@code app.whatsapp.public-url} is not set.
     */
    public ConnectionCheck prepareEvolution(String browserBaseUrl) {
        if (gateway.provider() != Provider.EVOLUTION) {
            return ConnectionCheck.problem("whatsapp.setup.check.not-evolution-provider");
        }
        return gateway.prepareEvolution(publicBaseUrl(browserBaseUrl) + evolutionWebhookPath(), webhookSecret.value());
    }

    public String publicBaseUrl(String browserBaseUrl) {
        String configured = gateway.settings().get(ConnectionField.PUBLIC_URL);
        String base = configured != null ? configured : browserBaseUrl;
        return base == null ? "" : base.replaceAll("/+$", "");
    }

    public String evolutionWebhookPath() {
        return "/webhooks/evolution/" + webhookSecret.value();
    }

    /** A strong random verify token for Meta's webhook settings. */
    public String newVerifyToken() {
        byte[] bytes = new byte[24];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** What goes into the file: the draft, hidden secrets left empty kept, and nothing the environment sets. */
    private ConnectionSettings stored(ConnectionSettings draft) {
        ConnectionSettings saved = file.read();
        ConnectionSettings result = saved;
        for (ConnectionField field : ConnectionField.values()) {
            if (environment.values().has(field) || (field.hidden() && !draft.has(field))) {
                continue;
            }
            result = result.with(field, draft.get(field));
        }
        return result;
    }

    /** The page's view of the settings. */
    public record Form(ConnectionSettings values, Set<ConnectionField> secretsSet, Set<ConnectionField> fromEnvironment) {
    }
}
