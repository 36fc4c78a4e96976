package com.botclientemanager.access;

import com.botclientemanager.access.internal.AccessDocument;
import com.botclientemanager.access.internal.SecretBox;
import com.botclientemanager.access.internal.SecretBox.KeyMissingException;
import com.botclientemanager.access.internal.SecretBox.UnreadableSecretException;
import com.botclientemanager.storage.DataDirectory;
import com.botclientemanager.storage.Document;
import com.botclientemanager.storage.DocumentChange;
import com.botclientemanager.storage.DocumentStore;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The access data of each client, in {@code access.json} through the {@link DocumentStore} (so also in the GitHub
 * repository), with the user and the password encrypted by {@code secret.key} of the local data dir. Nothing here logs
 * a secret; a value that cannot be decrypted is reported, never replaced.
 */
@Service
public class AccessService {

    public static final Document ACCESS = new Document("access", null);
    static final int MAX_TEXT = 200;
    static final int MAX_NOTES = 1000;
    static final int MAX_SCREENS = 50;
    private static final Logger log = LoggerFactory.getLogger(AccessService.class);

    private final DocumentStore store;
    private final SecretBox box;

    public AccessService(DocumentStore store, DataDirectory dataDirectory) {
        this.store = store;
        this.box = new SecretBox(dataDirectory.root());
    }

    /** Whether the stored values can be read: {@link AccessKeyState#KEY_MISSING} when secret.key is gone. */
    public AccessKeyState keyState() {
        return box.hasKey() || !AccessDocument.hasEncrypted(store.read(ACCESS)) ? AccessKeyState.READY
                : AccessKeyState.KEY_MISSING;
    }

    /** The data with the user and the password masked: what screens and default exports show. Needs no key. */
    public AccessData masked(String clientId) {
        return AccessDocument.entry(store.read(ACCESS), clientId).map(e -> read(e, clientId, false)).orElse(AccessData.empty());
    }

    /**
     * The data in clear, for the person who asked to see it ("Mostrar", an export with passwords, a message they chose
     * to fill with it).
     *
     * @throws AccessException when secret.key is missing or does not open the stored values
     */
    public AccessData reveal(String clientId) {
        return AccessDocument.entry(store.read(ACCESS), clientId).map(e -> read(e, clientId, true)).orElse(AccessData.empty());
    }

    /** The data in clear when the person switched "incluir nas mensagens" on for this client, empty otherwise. */
    public Optional<AccessData> forMessages(String clientId) {
        Optional<ObjectNode> entry = AccessDocument.entry(store.read(ACCESS), clientId);
        if (entry.isEmpty() || !entry.get().path(AccessDocument.IN_MESSAGES).asBoolean(false)) {
            return Optional.empty();
        }
        try {
            return Optional.of(read(entry.get(), clientId, true));
        } catch (AccessException e) {
            log.warn("Access data of client {} not readable for a message: {}", clientId, e.getMessage());
            return Optional.empty();
        }
    }

    /**
     * Validates and stores a client's access data. A null user or password keeps the stored one (the form did not show
     * it); an empty one removes it.
     *
     * @throws AccessException naming the first value at fault, or when secret.key is missing while encrypted values
     *                         exist (a new key would make them unreadable): nothing is stored then
     */
    public void save(String clientId, AccessData data) {
        validate(data);
        store.update(ACCESS, new DocumentChange("Atualiza dados de acesso de um cliente", document -> {
            boolean mayCreateKey = !AccessDocument.hasEncrypted(document);
            ObjectNode old = AccessDocument.entry(document, clientId).orElse(null);
            ObjectNode entry = JsonNodeFactory.instance.objectNode();
            secret(entry, AccessDocument.USERNAME, data.username(), old, clientId, mayCreateKey);
            secret(entry, AccessDocument.PASSWORD, data.password(), old, clientId, mayCreateKey);
            if (data.screens() != null) {
                entry.put(AccessDocument.SCREENS, data.screens());
            }
            plain(entry, AccessDocument.DEVICE, data.device());
            plain(entry, AccessDocument.NOTES, data.notes());
            if (data.includeInMessages()) {
                entry.put(AccessDocument.IN_MESSAGES, true);
            }
            return AccessDocument.put(document, clientId, entry.isEmpty() ? null : entry);
        }));
    }

    private void secret(ObjectNode entry, String field, String value, ObjectNode old, String clientId, boolean mayCreateKey) {
        if (value == null) {
            String kept = old == null ? null : AccessDocument.text(old, field);
            if (kept != null) {
                entry.put(field, kept);
            }
        } else if (!value.isBlank()) {
            try {
                entry.put(field, box.encrypt(value.strip(), clientId, mayCreateKey));
            } catch (KeyMissingException e) {
                throw new AccessException("access.error.key-missing", e.getMessage());
            }
        }
    }

    private static void plain(ObjectNode entry, String field, String value) {
        if (value != null && !value.isBlank()) {
            entry.put(field, value.strip());
        }
    }

    private AccessData read(JsonNode entry, String clientId, boolean clear) {
        String username = AccessDocument.text(entry, AccessDocument.USERNAME);
        String password = AccessDocument.text(entry, AccessDocument.PASSWORD);
        AccessData data = new AccessData(clear ? open(username, clientId) : username,
                clear ? open(password, clientId) : password, AccessDocument.number(entry, AccessDocument.SCREENS),
                AccessDocument.text(entry, AccessDocument.DEVICE), AccessDocument.text(entry, AccessDocument.NOTES),
                entry.path(AccessDocument.IN_MESSAGES).asBoolean(false));
        return clear ? data : data.masked();
    }

    /** A value written by hand in clear (not {@code v1:}) is read as it is; it is encrypted on the next save. */
    private String open(String stored, String clientId) {
        if (!SecretBox.isEncrypted(stored)) {
            return stored;
        }
        try {
            return box.decrypt(stored, clientId);
        } catch (KeyMissingException e) {
            throw new AccessException("access.error.key-missing", e.getMessage());
        } catch (UnreadableSecretException e) {
            throw new AccessException("access.error.unreadable", e.getMessage());
        }
    }

    /**
     * Checks the values a person or a file gives before anything is stored.
     *
     * @throws AccessException naming the first value at fault; its argument is a limit, never the value itself
     */
    public static void validate(AccessData data) {
        check(data.username(), MAX_TEXT, "username", "access.validation.username");
        check(data.password(), MAX_TEXT, "password", "access.validation.password");
        check(data.device(), MAX_TEXT, "device", "access.validation.device");
        if (data.notes() != null && data.notes().length() > MAX_NOTES) {
            throw new AccessException("access.validation.notes", "notes too long", MAX_NOTES);
        }
        if (data.screens() != null && (data.screens() < 1 || data.screens() > MAX_SCREENS)) {
            throw new AccessException("access.validation.screens", "screens out of range", MAX_SCREENS);
        }
    }

    /** One line, no control characters (a user or password pasted with a line break would not work on the panel). */
    private static void check(String value, int max, String field, String key) {
        if (value != null && (value.strip().length() > max || value.strip().chars().anyMatch(Character::isISOControl))) {
            throw new AccessException(key, field + " too long or with control characters", max);
        }
    }
}
