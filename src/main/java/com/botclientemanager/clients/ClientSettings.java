package com.botclientemanager.clients;

import com.botclientemanager.clients.ClientsProperties.RenewFrom;
import com.botclientemanager.storage.DamagedDocumentException;
import com.botclientemanager.storage.Document;
import com.botclientemanager.storage.DocumentChange;
import com.botclientemanager.storage.DocumentStore;
import com.botclientemanager.storage.StorageException;
import com.botclientemanager.validation.Phones;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The {@link ClientDefaults} in force: the ones saved on the settings page (key {@code "clients"} of
 * {@code settings.json}, the only key this module writes there), each missing or unreadable value falling back to
 * {@code app.clients.*}. Read on every use, so a save applies at once, also to the reminder engine.
 */
@Service
public class ClientSettings {

    static final String SETTINGS_KEY = "clients";
    static final String PHONE_REGION = "phone_region";
    static final String RENEW_FROM = "renew_from";
    static final String REMINDER_TIME = "default_reminder_time";
    private static final Set<String> REGIONS = Phones.regions();
    private static final Logger log = LoggerFactory.getLogger(ClientSettings.class);

    private final DocumentStore store;
    private final ClientDefaults configured;

    public ClientSettings(DocumentStore store, ClientsProperties properties) {
        if (!REGIONS.contains(properties.phoneRegion())) {
            throw new IllegalArgumentException("app.clients.phone-region: unknown country " + properties.phoneRegion());
        }
        this.store = store;
        this.configured = properties.clientDefaults();
    }

    /** The countries a phone region may be (ISO codes libphonenumber knows). */
    public static Set<String> regions() {
        return REGIONS;
    }

    /**
     * The defaults in force now, for what a person can still correct (a form's first values, how a typed number is
     * read). Never throws: an unreadable settings file gives the configured defaults (the banner says when it is damaged).
     */
    public ClientDefaults current() {
        try {
            return saved();
        } catch (DamagedDocumentException e) {
            // the store logged the damage once and the banner shows it; this is asked on every phone number typed
            log.debug("settings.json is damaged, client defaults from app.clients.*");
            return configured;
        } catch (StorageException e) {
            log.warn("Client defaults not readable, using app.clients.*: {}", e.getMessage());
            return configured;
        }
    }

    /**
     * The defaults in force now, for decisions that change stored data (where a renewal starts).
     *
     * @throws StorageException when settings.json cannot be read or is damaged, instead of guessing
     */
    public ClientDefaults saved() {
        JsonNode saved = store.read(Document.SETTINGS).get(SETTINGS_KEY);
        if (saved == null || !saved.isObject()) {
            return configured;
        }
        String region = text(saved, PHONE_REGION);
        RenewFrom renewFrom = renewFrom(text(saved, RENEW_FROM));
        LocalTime time = time(text(saved, REMINDER_TIME));
        return new ClientDefaults(region != null && REGIONS.contains(region) ? region : configured.phoneRegion(),
                renewFrom != null ? renewFrom : configured.renewFrom(), time != null ? time : configured.reminderTime());
    }

    /** The defaults {@code app.clients.*} gives, before any are saved. */
    public ClientDefaults configured() {
        return configured;
    }

    /**
     * Validates and stores the defaults and returns what was stored (region in capitals, time to the minute).
     *
     * @throws ClientException with the i18n key of the first value at fault; nothing is stored then
     * @throws StorageException when they cannot be stored
     */
    public ClientDefaults save(ClientDefaults defaults) {
        String region = defaults.phoneRegion() == null ? "" : defaults.phoneRegion().strip().toUpperCase(Locale.ROOT);
        if (!REGIONS.contains(region)) {
            throw new ClientException("clients.settings.error.region");
        }
        if (defaults.renewFrom() == null) {
            throw new ClientException("clients.settings.error.renew-from");
        }
        if (defaults.reminderTime() == null) {
            throw new ClientException("clients.settings.error.time");
        }
        ClientDefaults stored = new ClientDefaults(region, defaults.renewFrom(),
                defaults.reminderTime().truncatedTo(ChronoUnit.MINUTES));
        store.update(Document.SETTINGS, new DocumentChange("Atualiza padrões dos clientes", document -> {
            ObjectNode clients = document.get(SETTINGS_KEY) instanceof ObjectNode existing
                    ? existing : document.putObject(SETTINGS_KEY);
            clients.put(PHONE_REGION, stored.phoneRegion());
            clients.put(RENEW_FROM, stored.renewFrom().name().toLowerCase(Locale.ROOT));
            clients.put(REMINDER_TIME, stored.reminderTime().toString());
            return document;
        }));
        return stored;
    }

    private static RenewFrom renewFrom(String text) {
        if (text == null) {
            return null;
        }
        try {
            return RenewFrom.valueOf(text.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static LocalTime time(String text) {
        try {
            return text == null ? null : LocalTime.parse(text.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value != null && value.isString() ? value.stringValue() : null;
    }
}
