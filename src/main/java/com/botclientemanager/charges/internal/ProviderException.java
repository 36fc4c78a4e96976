package com.botclientemanager.charges.internal;

/** The provider could not be asked (down, timeout, 5xx), refused the token (401/403) or refused the request. */
public class ProviderException extends Exception {

    public enum Kind {
        UNAVAILABLE, TOKEN_REJECTED, REFUSED
    }

    private final Kind kind;

    public ProviderException(Kind kind, String detail) {
        super(detail);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
