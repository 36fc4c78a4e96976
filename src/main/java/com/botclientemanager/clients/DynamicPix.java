package com.botclientemanager.clients;

import java.util.Optional;

/**
 * A PIX code made for one client's open due date by a payment provider (a dynamic charge that confirms itself), used
 * instead of the static key's code when a provider is on. Implemented outside this module (charges).
 */
public interface DynamicPix {

    /** The client's dynamic PIX "copia e cola" code; empty when no provider is on or it could not make one now. */
    Optional<String> codeFor(Client client);
}
