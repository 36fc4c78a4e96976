package com.botclientemanager.replies;

import com.botclientemanager.storage.DocumentStore;
import com.botclientemanager.storage.SettingsSection;
import com.botclientemanager.storage.StorageException;
import com.botclientemanager.validation.InvalidInputException;
import com.vaadin.flow.i18n.I18NProvider;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The replies settings ({@code "replies"} in settings.json, defaults from {@code app.replies.*}; the answers default to
 * the message language's text). A client's "SAIR" must work even while settings.json cannot be read, so the webhook
 * then uses the configured values.
 */
@Service
public class ReplySettingsService {

    public static final int MAX_KEYWORDS = 20;
    public static final int MAX_KEYWORD_LENGTH = 30;
    public static final int MAX_CONFIRMATION = 1000;
    public static final int MAX_PAUSE_HOURS = 720;
    private static final String KEY = "replies";
    private static final Pattern HAS_LETTER_OR_DIGIT = Pattern.compile(".*[\\p{L}\\p{N}].*");
    private static final Logger log = LoggerFactory.getLogger(ReplySettingsService.class);

    private final SettingsSection<ReplySettings> section;

    ReplySettingsService(DocumentStore store, RepliesProperties properties, I18NProvider i18n,
            @Value("${app.templates.message-locale:pt-BR}") String messageLocale) {
        Locale locale = Locale.forLanguageTag(messageLocale);
        ReplySettings defaults = new ReplySettings(properties.optOutKeywords(), properties.resumeKeywords(),
                orDefault(properties.optOutConfirmation(), i18n, "replies.default.opt-out-confirmation", locale),
                orDefault(properties.resumeConfirmation(), i18n, "replies.default.resume-confirmation", locale),
                properties.pauseHours());
        this.section = new SettingsSection<>(store, KEY, defaults, ReplySettingsService::read, ReplySettingsService::write);
    }

    /** The settings in force; the configured ones while settings.json cannot be read. */
    public ReplySettings current() {
        try {
            return section.read();
        } catch (StorageException e) {
            log.warn("Replies settings unreadable ({}); using the configured ones", e.getMessage());
            return section.defaults();
        }
    }

    /** The saved settings (or the defaults when never saved); throws while settings.json is damaged. */
    public ReplySettings saved() {
        return section.read();
    }

    public ReplySettings configured() {
        return section.defaults();
    }

    /**
     * Validates and stores the settings and returns what was stored (keywords trimmed, repeats dropped).
     *
     * @throws InvalidInputException naming the first value at fault; nothing is stored then
     * @throws StorageException when they cannot be stored
     */
    public ReplySettings save(ReplySettings settings) {
        List<String> stop = keywords("optOutKeywords", settings.optOutKeywords());
        List<String> resume = keywords("resumeKeywords", settings.resumeKeywords());
        for (String word : resume) {
            if (stop.stream().anyMatch(word::equalsIgnoreCase)) {
                throw new InvalidInputException("resumeKeywords", "replies.settings.error.both", word);
            }
        }
        String optOut = confirmation("optOutConfirmation", settings.optOutConfirmation());
        String resumed = confirmation("resumeConfirmation", settings.resumeConfirmation());
        if (settings.pauseHours() < 0 || settings.pauseHours() > MAX_PAUSE_HOURS) {
            throw new InvalidInputException("pauseHours", "replies.settings.error.pause", MAX_PAUSE_HOURS);
        }
        ReplySettings stored = new ReplySettings(stop, resume, optOut, resumed, settings.pauseHours());
        section.write("Atualiza respostas dos clientes", stored);
        return stored;
    }

    /** The words of a comma-separated list as typed in the settings. */
    public static List<String> split(String typed) {
        List<String> words = new ArrayList<>();
        for (String word : String.valueOf(typed == null ? "" : typed).split(",")) {
            if (!word.isBlank()) {
                words.add(word.strip());
            }
        }
        return words;
    }

    private static List<String> keywords(String field, List<String> typed) {
        Set<String> words = new LinkedHashSet<>();
        for (String word : typed) {
            String stripped = word == null ? "" : word.strip();
            if (stripped.length() > MAX_KEYWORD_LENGTH || !stripped.isEmpty() && !HAS_LETTER_OR_DIGIT.matcher(stripped).matches()) {
                throw new InvalidInputException(field, "replies.settings.error.keyword", stripped, MAX_KEYWORD_LENGTH);
            }
            if (!stripped.isEmpty() && words.stream().noneMatch(stripped::equalsIgnoreCase)) {
                words.add(stripped);
            }
        }
        if (words.isEmpty()) {
            throw new InvalidInputException(field, "replies.settings.error.no-keyword");
        }
        if (words.size() > MAX_KEYWORDS) {
            throw new InvalidInputException(field, "replies.settings.error.too-many", MAX_KEYWORDS);
        }
        return List.copyOf(words);
    }

    private static String confirmation(String field, String typed) {
        String text = typed == null ? "" : typed.strip();
        if (text.isEmpty()) {
            throw new InvalidInputException(field, "replies.settings.error.confirmation-empty");
        }
        if (text.length() > MAX_CONFIRMATION) {
            throw new InvalidInputException(field, "replies.settings.error.confirmation-long", MAX_CONFIRMATION);
        }
        return text;
    }

    private static String orDefault(String configured, I18NProvider i18n, String key, Locale locale) {
        return configured == null || configured.isBlank() ? i18n.getTranslation(key, locale) : configured.strip();
    }

    /** A hand-edited value that does not make sense falls back to its configured one alone. */
    private static ReplySettings read(JsonNode saved, ReplySettings configured) {
        List<String> stop = words(saved.get("optOutKeywords"));
        List<String> resume = words(saved.get("resumeKeywords"));
        String optOut = SettingsSection.text(saved, "optOutConfirmation").filter(t -> !t.isBlank()
                && t.length() <= MAX_CONFIRMATION).orElse(configured.optOutConfirmation());
        String resumed = SettingsSection.text(saved, "resumeConfirmation").filter(t -> !t.isBlank()
                && t.length() <= MAX_CONFIRMATION).orElse(configured.resumeConfirmation());
        JsonNode pause = saved.get("pauseHours");
        int hours = pause != null && pause.isInt() && pause.asInt() >= 0 && pause.asInt() <= MAX_PAUSE_HOURS
                ? pause.asInt() : configured.pauseHours();
        return new ReplySettings(stop.isEmpty() ? configured.optOutKeywords() : stop,
                resume.isEmpty() ? configured.resumeKeywords() : resume, optOut, resumed, hours);
    }

    private static List<String> words(JsonNode array) {
        List<String> words = new ArrayList<>();
        if (array != null && array.isArray()) {
            for (JsonNode word : array) {
                if (word.isString() && !word.asString().isBlank() && word.asString().length() <= MAX_KEYWORD_LENGTH) {
                    words.add(word.asString().strip());
                }
            }
        }
        return words.size() > MAX_KEYWORDS ? words.subList(0, MAX_KEYWORDS) : words;
    }

    private static void write(ReplySettings stored, ObjectNode replies) {
        ArrayNode stop = replies.putArray("optOutKeywords");
        stored.optOutKeywords().forEach(stop::add);
        ArrayNode resume = replies.putArray("resumeKeywords");
        stored.resumeKeywords().forEach(resume::add);
        replies.put("optOutConfirmation", stored.optOutConfirmation());
        replies.put("resumeConfirmation", stored.resumeConfirmation());
        replies.put("pauseHours", stored.pauseHours());
    }
}
