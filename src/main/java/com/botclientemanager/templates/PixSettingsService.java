package com.botclientemanager.templates;

import com.botclientemanager.storage.DocumentStore;
import com.botclientemanager.storage.SettingsSection;
import com.botclientemanager.templates.internal.BrCode;
import com.botclientemanager.templates.internal.PixKeys;
import com.botclientemanager.validation.InvalidInputException;
import org.springframework.stereotype.Service;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** The reseller's PIX receiver as saved on the settings page, under the key {@value #SETTINGS_KEY} of settings.json. */
@Service
public class PixSettingsService {

    static final String SETTINGS_KEY = "pix";

    private final SettingsSection<PixSettings> section;

    public PixSettingsService(DocumentStore store) {
        this.section = new SettingsSection<>(store, SETTINGS_KEY, PixSettings.NONE, PixSettingsService::read,
                PixSettingsService::write);
    }

    /** The stored settings, {@link PixSettings#NONE} before they are saved. */
    public PixSettings settings() {
        return section.read();
    }

    public boolean configured() {
        return settings().configured();
    }

    /**
     * Validates and stores the settings (the key in its normalised form) and returns what was stored.
     *
     * @throws InvalidInputException on field key, name or city
     */
    public PixSettings save(PixSettings settings) {
        String key = PixKeys.normalise(settings.key());
        if (BrCode.merchantText(settings.name(), BrCode.MAX_NAME).isEmpty()) {
            throw new InvalidInputException("name", "pix.error.name.required");
        }
        if (BrCode.merchantText(settings.city(), BrCode.MAX_CITY).isEmpty()) {
            throw new InvalidInputException("city", "pix.error.city.required");
        }
        PixSettings stored = new PixSettings(key, settings.name().strip(), settings.city().strip());
        section.write("Atualiza dados do PIX", stored);
        return stored;
    }

    private static PixSettings read(JsonNode pix, PixSettings none) {
        return new PixSettings(SettingsSection.text(pix, "key").orElse(none.key()),
                SettingsSection.text(pix, "name").orElse(none.name()), SettingsSection.text(pix, "city").orElse(none.city()));
    }

    private static void write(PixSettings stored, ObjectNode pix) {
        pix.put("key", stored.key());
        pix.put("name", stored.name());
        pix.put("city", stored.city());
    }
}
