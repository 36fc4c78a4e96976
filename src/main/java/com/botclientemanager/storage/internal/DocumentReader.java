package com.botclientemanager.storage.internal;

import com.botclientemanager.storage.DamagedDocumentException;
import com.botclientemanager.storage.Document;
import com.botclientemanager.storage.DocumentCheck;
import com.botclientemanager.storage.DocumentProblem;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import tools.jackson.databind.node.ObjectNode;

/**
 * How both stores turn a file's bytes into a document: parse it, then run the checks of the modules that own its
 * format. A document that fails either is damaged, whatever the store.
 */
public final class DocumentReader {

    /** No checks beyond parsing (tools and tests that work on the files alone). */
    public static final DocumentReader PARSE_ONLY = new DocumentReader(List::of);

    private final Supplier<List<DocumentCheck>> checks;

    public DocumentReader(Supplier<List<DocumentCheck>> checks) {
        this.checks = checks;
    }

    /**
     * @throws DamagedDocumentException when the bytes do not parse or a check finds a value out of range
     */
    public ObjectNode read(Document document, byte[] content) {
        return check(document, DocumentJson.parse(document, content));
    }

    /**
     * Runs the checks on a document built otherwise than from one file's bytes (a file and its change log).
     *
     * @throws DamagedDocumentException when a check finds a value out of range
     */
    public ObjectNode check(Document document, ObjectNode parsed) {
        for (DocumentCheck check : checks.get()) {
            if (check.document().sameFamily(document)) {
                Optional<DocumentProblem> problem = check.check(parsed);
                if (problem.isPresent()) {
                    DocumentProblem found = problem.get();
                    // a family's check names the family: the problem names the member that holds the value
                    throw new DamagedDocumentException(new DocumentProblem(document, found.messageKey(),
                            found.arguments(), found.detail()));
                }
            }
        }
        return parsed;
    }
}
