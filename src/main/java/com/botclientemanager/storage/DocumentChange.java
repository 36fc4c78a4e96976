package com.botclientemanager.storage;

import java.util.Objects;
import java.util.function.UnaryOperator;
import tools.jackson.databind.node.ObjectNode;

/**
 * One change to a document, as a function of its current content, so the store can apply it again onto a newer version
 * (a GitHub conflict) instead of overwriting someone else's edit. The function gets a private copy it may modify and
 * return; it must be a pure function of that content (keyed by ids, never by positions).
 *
 * @param description      what changed, in words a person reads in the commit history ("Atualiza cliente Maria Santos")
 * @param replacesElements see {@link #replacingElements}
 */
public record DocumentChange(String description, UnaryOperator<ObjectNode> apply, boolean replacesElements) {

    public DocumentChange {
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(apply, "apply");
    }

    /** A change that gets a deep copy of the document: it may modify anything in place. */
    public DocumentChange(String description, UnaryOperator<ObjectNode> apply) {
        this(description, apply, false);
    }

    /**
     * A change that never modifies an element of a list at the top of the document (a client, a payment) in place: it
     * adds, removes or moves elements, and changes one by setting a changed copy in its place. Its copy of the document
     * then shares those elements with the stored version, so a change to one of 100k clients neither copies nor
     * serialises the others again. An element changed in place would change what readers see before the write and would
     * not reach the file.
     */
    public static DocumentChange replacingElements(String description, UnaryOperator<ObjectNode> apply) {
        return new DocumentChange(description, apply, true);
    }
}
