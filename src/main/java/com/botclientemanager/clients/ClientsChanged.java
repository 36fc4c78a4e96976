package com.botclientemanager.clients;

import java.util.Set;

/**
 * Published after clients were saved or deleted, in the app or outside it (an edit in the GitHub repository).
 *
 * @param clientIds the clients that changed; empty when the whole list was reloaded ({@code external})
 * @param external  true when the change came from outside the app and the list was reloaded
 */
public record ClientsChanged(Set<String> clientIds, boolean external) {

    public ClientsChanged {
        clientIds = Set.copyOf(clientIds);
    }
}
