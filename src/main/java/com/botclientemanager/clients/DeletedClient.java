package com.botclientemanager.clients;

import tools.jackson.databind.node.ObjectNode;

/**
 * A client just deleted, with what "Desfazer" needs to put it back exactly as it was: its stored JSON object (unknown
 * seed fields and the stored formats included) and the client it followed in the file.
 */
public final class DeletedClient {

    private final Client client;
    private final ObjectNode stored;
    private final String previousId;

    DeletedClient(Client client, ObjectNode stored, String previousId) {
        this.client = client;
        this.stored = stored.deepCopy();
        this.previousId = previousId;
    }

    public Client client() {
        return client;
    }

    /** A copy of the stored object, for the store to insert. */
    ObjectNode stored() {
        return stored.deepCopy();
    }

    /** The id of the client stored just before it; null when it was the first. */
    String previousId() {
        return previousId;
    }
}
