package com.botclientemanager.storage;

import java.util.Objects;
import java.util.function.UnaryOperator;
import tools.jackson.databind.node.ObjectNode;

/**
 * One change to a document, as a function of its current content, so the store can apply it again onto a newer version
 * (a GitHub conflict) instead of overwriting someone else's edit. The function gets a private copy it may modify and
 * return; it must be a pure function of that content (keyed by ids, never by positions).
 *
 * @param description what changed, in words a person reads in the commit history ("Atualiza cliente Maria Santos")
 */
public record DocumentChange(String description, UnaryOperator<ObjectNode> apply) {

    public DocumentChange {
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(apply, "apply");
    }
}
