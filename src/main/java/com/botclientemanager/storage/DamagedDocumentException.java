package com.botclientemanager.storage;

/**
 * A document that does not parse or holds values out of range: it is not read, and no change is written over it.
 * Its message key is the general one a screen shows when an action is refused; {@link #problem()} says what is wrong.
 */
public class DamagedDocumentException extends StorageException {

    /** What a refused read or write tells the person: the banner on every page names the file and the problem. */
    public static final String MESSAGE_KEY = "storage.error.malformed";

    private final transient DocumentProblem problem;

    public DamagedDocumentException(DocumentProblem problem, Throwable cause) {
        super(MESSAGE_KEY, problem.document().fileName() + " is damaged: " + problem.detail(), cause);
        this.problem = problem;
    }

    public DamagedDocumentException(DocumentProblem problem) {
        this(problem, null);
    }

    public DocumentProblem problem() {
        return problem;
    }
}
