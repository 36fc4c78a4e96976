package com.botclientemanager.clients;

import com.botclientemanager.clients.ClientsProperties.RenewFrom;
import com.botclientemanager.storage.DamagedDocumentException;
import com.botclientemanager.storage.DocumentStore;
import com.botclientemanager.storage.SettingsSection;
import com.botclientemanager.storage.StorageException;
import com.botclientemanager.validation.InvalidInputException;
import com.botclientemanager.validation.Phones;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The {@link ClientSettings} in force: the ones saved on the settings page (key {@code "clients"} of
 * {@code settings.json}, the only key this module writes there), each missing or unreadable value falling back to
 * {@code app.clients.*}. Read on every use, so a save applies at once, also to the reminder engine.
 */
@Service
public class ClientSettingsService {

    static final String SETTINGS_KEY = "clients";
    static final String PHONE_REGION = "phone_region";
    static final String RENEW_FROM = "renew_from";
    static final String REMINDER_TIME = "default_reminder_time";
    static final String DEACTIVATE_AFTER_DAYS = "deactivate_after_days";
    private static final Set<String> REGIONS = Phones.regions();
    private static final Logger log = LoggerFactory.getLogger(ClientSettingsService.class);

    private final SettingsSection<ClientSettings> section;

    public ClientSettingsService(DocumentStore store, ClientsProperties properties) {
        if (!REGIONS.contains(properties.phoneRegion())) {
            throw new IllegalArgumentException("app.clients.phone-region: unknown country " + properties.phoneRegion());
        }
        this.section = new SettingsSection<>(store, SETTINGS_KEY, properties.clientDefaults(), ClientSettingsService::read,
                ClientSettingsService::write);
    }

    /** The countries a phone region may be (ISO codes libphonenumber knows). */
    public static Set<String> regions() {
        return REGIONS;
    }

    /**
     * The defaults in force now, for what a person can still correct (a form's first values, how a typed number is
     * read). Never throws: an unreadable settings file gives the configured defaults (the banner says when it is damaged).
     */
    public ClientSettings current() {
        try {
            return saved();
        } catch (DamagedDocumentException e) {
            // the store logged the damage once and the banner shows it; this is asked on every phone number typed
            log.debug("settings.json is damaged, client defaults from app.clients.*");
            return configured();
        } catch (StorageException e) {
            log.warn("Client defaults not readable, using app.clients.*: {}", e.getMessage());
            return configured();
        }
    }

    /**
     * The defaults in force now, for decisions that change stored data (where a renewal starts).
     *
     * @throws StorageException when settings.json cannot be read or is damaged, instead of guessing
     */
    public ClientSettings saved() {
        return section.read();
    }

    /** The defaults {@code app.clients.*} gives, before any are saved. */
    public ClientSettings configured() {
        return section.defaults();
    }

    /**
     * Validates and stores the defaults and returns what was stored (region in capitals, time to the minute).
     *
     * @throws InvalidInputException naming the first value at fault ({@code phoneRegion}, {@code renewFrom},
     *                               {@code reminderTime}); nothing is stored then
     * @throws StorageException when they cannot be stored
     */
    public ClientSettings save(ClientSettings defaults) {
        String region = defaults.phoneRegion() == null ? "" : defaults.phoneRegion().strip().toUpperCase(Locale.ROOT);
        if (!REGIONS.contains(region)) {
            throw new InvalidInputException("phoneRegion", "clients.settings.error.region");
        }
        if (defaults.renewFrom() == null) {
            throw new InvalidInputException("renewFrom", "clients.settings.error.renew-from");
        }
        if (defaults.reminderTime() == null) {
            throw new InvalidInputException("reminderTime", "clients.settings.error.time");
        }
        Integer deactivateAfter = defaults.deactivateAfterDays();
        if (deactivateAfter != null && (deactivateAfter < 1 || deactivateAfter > ClientSettings.MAX_DEACTIVATE_AFTER_DAYS)) {
            throw new InvalidInputException("deactivateAfterDays", "clients.settings.error.deactivate-after",
                    ClientSettings.MAX_DEACTIVATE_AFTER_DAYS);
        }
        ClientSettings stored = new ClientSettings(region, defaults.renewFrom(),
                defaults.reminderTime().truncatedTo(ChronoUnit.MINUTES), deactivateAfter);
        section.write("Atualiza padrões dos clientes", stored);
        return stored;
    }

    /** A hand-edited value that does not make sense falls back to its configured one alone. */
    private static ClientSettings read(JsonNode saved, ClientSettings configured) {
        String region = SettingsSection.text(saved, PHONE_REGION).filter(REGIONS::contains).orElse(configured.phoneRegion());
        RenewFrom renewFrom = renewFrom(SettingsSection.text(saved, RENEW_FROM).orElse(null));
        JsonNode days = saved.get(DEACTIVATE_AFTER_DAYS);
        Integer deactivateAfter = days != null && days.isIntegralNumber() && days.asInt() >= 1
                && days.asInt() <= ClientSettings.MAX_DEACTIVATE_AFTER_DAYS
                ? Integer.valueOf(days.asInt()) : configured.deactivateAfterDays();
        return new ClientSettings(region, renewFrom != null ? renewFrom : configured.renewFrom(),
                SettingsSection.time(saved, REMINDER_TIME).orElse(configured.reminderTime()), deactivateAfter);
    }

    private static void write(ClientSettings stored, ObjectNode clients) {
        clients.put(PHONE_REGION, stored.phoneRegion());
        clients.put(RENEW_FROM, stored.renewFrom().name().toLowerCase(Locale.ROOT));
        clients.put(REMINDER_TIME, stored.reminderTime().toString());
        if (stored.deactivateAfterDays() == null) {
            clients.remove(DEACTIVATE_AFTER_DAYS);
        } else {
            clients.put(DEACTIVATE_AFTER_DAYS, stored.deactivateAfterDays());
        }
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
}
