package com.botclientemanager.charges.internal;

/** A payment provider's PIX API. */
public interface PaymentGateway {

    /** Creates the charge; the same idempotency key returns the charge created before. */
    ProviderPayment create(ChargeRequest request) throws ProviderException;

    /** The payment as the provider knows it now. */
    ProviderPayment fetch(String paymentId) throws ProviderException;

    /** Whether the token is accepted (the settings' "Testar"). */
    void check() throws ProviderException;
}
