package com.botclientemanager.whatsapp;

import com.botclientemanager.storage.DamagedDocumentException;
import com.botclientemanager.storage.DocumentStore;
import com.botclientemanager.storage.SettingsSection;
import com.botclientemanager.storage.StorageException;
import com.botclientemanager.validation.InvalidInputException;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The sending window and pacing the user set on the settings page, kept under the key {@value #SETTINGS_KEY} of
 * {@code settings.json}; {@code app.whatsapp.window-start/window-end/days/rate-per-minute/daily-cap} are the defaults of
 * what was never saved. The engine reads it on every sweep and send, so a change applies without a restart.
 */
@Service
public class SendingSettingsService {

    static final String SETTINGS_KEY = "sending";
    private static final Logger log = LoggerFactory.getLogger(SendingSettingsService.class);

    private final SettingsSection<SendingSettings> section;
    /** What was read last, used when settings.json cannot be read for a moment (the engine keeps going). */
    private final AtomicReference<SendingSettings> lastRead;

    public SendingSettingsService(DocumentStore store, WhatsAppProperties properties) {
        SendingSettings defaults = new SendingSettings(properties.windowStart(), properties.windowEnd(),
                properties.days(), properties.ratePerMinute(), properties.dailyCap());
        this.section = new SettingsSection<>(store, SETTINGS_KEY, defaults, SendingSettingsService::read,
                SendingSettingsService::write);
        this.lastRead = new AtomicReference<>(defaults);
    }

    /**
     * The settings in force: the saved ones, each missing value taken from the properties.
     *
     * @throws DamagedDocumentException when settings.json is damaged: its defaults would silently replace what was
     *                                  saved (a daily cap of 0 that pauses reminders would become 300)
     */
    public SendingSettings current() {
        SendingSettings settings;
        try {
            settings = section.read();
        } catch (DamagedDocumentException e) {
            throw e;
        } catch (StorageException e) {
            log.warn("settings.json cannot be read ({}); sending keeps its last known settings", e.getMessage());
            return lastRead.get();
        }
        lastRead.set(settings);
        return settings;
    }

    /** Whether the user saved (or confirmed) the sending settings at least once; false when settings.json is unreadable. */
    public boolean saved() {
        try {
            return section.isSaved();
        } catch (StorageException e) {
            return false;
        }
    }

    /** Stores the settings in force as they are: the user agrees with them (defaults included). */
    public SendingSettings confirm() {
        return save(current());
    }

    /** The settings from {@code app.whatsapp.*} alone. */
    public SendingSettings defaults() {
        return section.defaults();
    }

    /**
     * Validates and stores the settings; on a refusal nothing stored changes.
     *
     * @throws InvalidInputException naming the field at fault
     * @throws StorageException when settings.json cannot be written
     */
    public SendingSettings save(SendingSettings settings) {
        validate(settings);
        section.write("Atualiza horário e ritmo de envio", settings);
        lastRead.set(settings);
        return settings;
    }

    static void validate(SendingSettings settings) {
        if (settings.windowStart() == null) {
            throw new InvalidInputException("windowStart", "sending.error.window-start.required");
        }
        if (settings.windowEnd() == null) {
            throw new InvalidInputException("windowEnd", "sending.error.window-end.required");
        }
        if (!settings.windowEnd().isAfter(settings.windowStart())) {
            throw new InvalidInputException("windowEnd", "sending.error.window.order");
        }
        if (settings.days().isEmpty()) {
            throw new InvalidInputException("days", "sending.error.days.required");
        }
        if (settings.ratePerMinute() < 1 || settings.ratePerMinute() > WhatsAppProperties.MAX_RATE_PER_MINUTE) {
            throw new InvalidInputException("ratePerMinute", "sending.error.rate.range", 1,
                    WhatsAppProperties.MAX_RATE_PER_MINUTE);
        }
        if (settings.dailyCap() < 0 || settings.dailyCap() > WhatsAppProperties.MAX_DAILY_CAP) {
            throw new InvalidInputException("dailyCap", "sending.error.cap.range", 0,
                    WhatsAppProperties.MAX_DAILY_CAP);
        }
    }

    private static void write(SendingSettings settings, ObjectNode sending) {
        sending.put("windowStart", settings.windowStart().toString());
        sending.put("windowEnd", settings.windowEnd().toString());
        ArrayNode days = sending.putArray("days");
        EnumSet.copyOf(settings.days()).forEach(day -> days.add(day.name()));
        sending.put("ratePerMinute", settings.ratePerMinute());
        sending.put("dailyCap", settings.dailyCap());
    }

    /** A hand-edited settings.json may hold anything: each value that does not make sense falls back to its default. */
    private static SendingSettings read(JsonNode saved, SendingSettings defaults) {
        LocalTime start = SettingsSection.time(saved, "windowStart").orElse(defaults.windowStart());
        LocalTime end = SettingsSection.time(saved, "windowEnd").orElse(defaults.windowEnd());
        if (!end.isAfter(start)) {
            start = defaults.windowStart();
            end = defaults.windowEnd();
        }
        Set<DayOfWeek> days = days(saved.get("days"));
        int rate = number(saved.get("ratePerMinute"), 1, WhatsAppProperties.MAX_RATE_PER_MINUTE, defaults.ratePerMinute());
        int cap = number(saved.get("dailyCap"), 0, WhatsAppProperties.MAX_DAILY_CAP, defaults.dailyCap());
        return new SendingSettings(start, end, days.isEmpty() ? defaults.days() : days, rate, cap);
    }

    private static Set<DayOfWeek> days(JsonNode node) {
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        if (node != null && node.isArray()) {
            for (JsonNode day : node) {
                try {
                    days.add(DayOfWeek.valueOf(day.isString() ? day.stringValue() : ""));
                } catch (IllegalArgumentException unknown) {
                    // not a day name: ignored
                }
            }
        }
        return days;
    }

    private static int number(JsonNode node, int min, int max, int fallback) {
        return node != null && node.isInt() && node.intValue() >= min && node.intValue() <= max ? node.intValue() : fallback;
    }
}
