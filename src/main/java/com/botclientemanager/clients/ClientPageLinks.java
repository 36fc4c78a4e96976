package com.botclientemanager.clients;

import java.util.Optional;

/**
 * The private payment page of each client ({@code /p/...}), offered by the module that serves it, so this module can
 * fill {link} and show the link in the client's menu without depending on it.
 */
public interface ClientPageLinks {

    /** The page's full address, empty while the app has no public address (then {link} renders empty). */
    Optional<String> linkFor(String clientId);

    /** Revokes the client's current link (it then shows a neutral page) and returns the new one. */
    Optional<String> replace(String clientId);
}
