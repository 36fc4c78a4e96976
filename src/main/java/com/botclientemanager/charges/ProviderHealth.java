package com.botclientemanager.charges;

import org.springframework.stereotype.Component;

/** Whether Mercado Pago refused the access token on the last call: the banner on every page says so until it works. */
@Component
public class ProviderHealth {

    private volatile boolean tokenRejected;

    public boolean isTokenRejected() {
        return tokenRejected;
    }

    void tokenRejected() {
        tokenRejected = true;
    }

    void accepted() {
        tokenRejected = false;
    }
}
