package com.botclientemanager.storage;

import java.util.Optional;
import tools.jackson.databind.node.ObjectNode;

/**
 * The limits of one document's values, checked by the store every time it loads the document (and before a backup is
 * restored), so no module ever works from a value it cannot handle. The module that owns a document's format provides
 * its check as a bean; a document may have several (one per key of {@code settings.json}).
 */
public interface DocumentCheck {

    Document document();

    /** The first value out of range, or empty when the content is fine. Must be fast and must not throw. */
    Optional<DocumentProblem> check(ObjectNode content);
}
