package com.botclientemanager.storage.internal;

import com.botclientemanager.storage.DocumentProblem;
import com.botclientemanager.storage.DocumentStore;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.stereotype.Component;

/**
 * {@code documents} in {@code /actuator/health}: OUT_OF_SERVICE while a document is damaged, with the file and the
 * problem as details (shown to the admin only). Deliberately in neither probe group: a restart does not fix a file
 * (liveness), and taking the app out of traffic (readiness) would hide the banner the admin restores it from.
 */
@Component("documentsHealthIndicator")
class DocumentsHealthIndicator implements HealthIndicator {

    private final DocumentStore store;

    DocumentsHealthIndicator(DocumentStore store) {
        this.store = store;
    }

    @Override
    public Health health() {
        Map<String, Object> damaged = new LinkedHashMap<>();
        for (DocumentProblem problem : store.problems()) {
            damaged.put(problem.document().fileName(), problem.detail());
        }
        if (damaged.isEmpty()) {
            return Health.up().build();
        }
        return Health.status(Status.OUT_OF_SERVICE).withDetail("damaged", damaged)
                .withDetail("action", "restore a backup from the banner on any page, or fix the file; it is read-only "
                        + "and no reminder is planned from it until then").build();
    }
}
