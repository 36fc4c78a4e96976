package com.botclientemanager.charges;

import com.botclientemanager.charges.ChargesProperties.PaymentProvider;

/** What the app uses now: the provider and Mercado Pago's secrets (never printed by {@link #toString()}). */
public record MercadoPagoSettings(PaymentProvider provider, String accessToken, String webhookSecret,
        String payerEmail) {

    public boolean on() {
        return provider == PaymentProvider.MERCADOPAGO;
    }

    @Override
    public String toString() {
        return "MercadoPagoSettings[provider=" + provider + ", accessToken=" + (accessToken.isEmpty() ? "" : "••••")
                + ", webhookSecret=" + (webhookSecret.isEmpty() ? "" : "••••") + ", payerEmail=" + payerEmail + "]";
    }
}
