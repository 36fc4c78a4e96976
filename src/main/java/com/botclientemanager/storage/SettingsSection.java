package com.botclientemanager.storage;

import java.time.DateTimeException;
import java.time.LocalTime;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One module's section of {@code settings.json} (an object under a top-level key), read and written the same way by
 * every module: what was never saved is the {@link #defaults()} (from the module's properties), a saved section is
 * read by the module's {@code reader} with each value that does not make sense falling back to its default, and a
 * save writes the module's fields over the section, keeping any other field in it. Validation stays with the module's
 * {@code XxxSettingsService}; a damaged settings.json is never read or written over (the store refuses it).
 *
 * @param <T> the module's {@code XxxSettings} record
 */
public final class SettingsSection<T> {

    private final DocumentStore store;
    private final String key;
    private final T defaults;
    private final BiFunction<JsonNode, T, T> reader;
    private final BiConsumer<T, ObjectNode> writer;

    /**
     * @param reader the saved section and the defaults to the settings in force
     * @param writer puts the settings' fields into the section
     */
    public SettingsSection(DocumentStore store, String key, T defaults, BiFunction<JsonNode, T, T> reader,
            BiConsumer<T, ObjectNode> writer) {
        this.store = store;
        this.key = key;
        this.defaults = defaults;
        this.reader = reader;
        this.writer = writer;
    }

    /**
     * The saved settings, or the defaults when the section was never saved.
     *
     * @throws DamagedDocumentException when settings.json is damaged: its defaults must not silently replace what was saved
     * @throws StorageException when settings.json cannot be read
     */
    public T read() {
        JsonNode saved = store.read(Document.SETTINGS).get(key);
        return saved != null && saved.isObject() ? reader.apply(saved, defaults) : defaults;
    }

    /**
     * Whether the section was saved at least once.
     *
     * @throws StorageException when settings.json cannot be read or is damaged
     */
    public boolean isSaved() {
        JsonNode saved = store.read(Document.SETTINGS).get(key);
        return saved != null && saved.isObject();
    }

    /**
     * Stores already validated settings; {@code description} is what the change is called in the backups and the
     * GitHub history ("Atualiza dados do PIX").
     *
     * @throws StorageException when settings.json cannot be written; nothing stored changed
     */
    public void write(String description, T settings) {
        store.update(Document.SETTINGS, new DocumentChange(description, document -> {
            writer.accept(settings, document.get(key) instanceof ObjectNode section ? section : document.putObject(key));
            return document;
        }));
    }

    /** What is in force before anything is saved. */
    public T defaults() {
        return defaults;
    }

    /** A text value of a saved section, empty when missing or not text. */
    public static Optional<String> text(JsonNode section, String field) {
        JsonNode value = section.get(field);
        return value != null && value.isString() ? Optional.of(value.stringValue()) : Optional.empty();
    }

    /** A time of day ("09:30") of a saved section, empty when missing or not a time. */
    public static Optional<LocalTime> time(JsonNode section, String field) {
        return text(section, field).flatMap(text -> {
            try {
                return Optional.of(LocalTime.parse(text.strip()));
            } catch (DateTimeException e) {
                return Optional.empty();
            }
        });
    }
}
