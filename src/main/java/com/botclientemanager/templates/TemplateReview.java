package com.botclientemanager.templates;

import com.botclientemanager.storage.Document;
import com.botclientemanager.storage.DocumentChange;
import com.botclientemanager.storage.DocumentStore;
import com.botclientemanager.storage.StorageException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import tools.jackson.databind.JsonNode;

/**
 * Whether the user has looked at the message templates at least once (the first-run checklist asks for it); kept
 * under the key {@value #SETTINGS_KEY} of settings.json so a restart does not forget it.
 */
@Service
public class TemplateReview {

    static final String SETTINGS_KEY = "templatesReviewed";
    private static final Logger log = LoggerFactory.getLogger(TemplateReview.class);

    private final DocumentStore store;

    public TemplateReview(DocumentStore store) {
        this.store = store;
    }

    public boolean reviewed() {
        JsonNode flag = store.read(Document.SETTINGS).get(SETTINGS_KEY);
        return flag != null && flag.isBoolean() && flag.booleanValue();
    }

    /**
     * Records the review once; later calls write nothing. A store that cannot be written only leaves the checklist
     * step open: opening the templates page must not fail for it.
     */
    public void markReviewed() {
        try {
            if (reviewed()) {
                return;
            }
            store.update(Document.SETTINGS, new DocumentChange("Registra que os modelos de mensagem foram revisados",
                    document -> {
                        document.put(SETTINGS_KEY, true);
                        return document;
                    }));
        } catch (StorageException e) {
            log.warn("could not record that the templates were reviewed: {}", e.getMessage());
        }
    }
}
