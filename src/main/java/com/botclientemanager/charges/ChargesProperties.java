package com.botclientemanager.charges;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Automatic payments ({@code app.payments.*}).
 *
 * @param provider          {@code none} (PIX from the static key) or {@code mercadopago}
 * @param chargeLifetime    how long a created PIX charge can be paid ({@code date_of_expiration})
 * @param reconcileInterval how often pending charges are checked at Mercado Pago (a lost notification)
 */
@Validated
@ConfigurationProperties("app.payments")
public record ChargesProperties(@NotNull @DefaultValue("none") PaymentProvider provider,
        @DefaultValue("3d") Duration chargeLifetime,
        @DefaultValue("5m") Duration reconcileInterval,
        @Valid @DefaultValue MercadoPago mercadopago) {

    public ChargesProperties {
        if (chargeLifetime.compareTo(Duration.ofMinutes(30)) < 0 || chargeLifetime.compareTo(Duration.ofDays(30)) > 0) {
            throw new IllegalArgumentException("app.payments.charge-lifetime must be between 30m and 30d");
        }
        if (reconcileInterval.compareTo(Duration.ofMinutes(1)) < 0 || reconcileInterval.compareTo(Duration.ofHours(24)) > 0) {
            throw new IllegalArgumentException("app.payments.reconcile-interval must be between 1m and 24h");
        }
    }

    public enum PaymentProvider {
        NONE, MERCADOPAGO
    }

    /**
     * @param apiUrl        REST root of Mercado Pago
     * @param accessToken   the production access token (secret)
     * @param webhookSecret the "assinatura secreta" of the webhook, to check {@code x-signature} (secret)
     * @param payerEmail    the e-mail sent as the payer's (Mercado Pago requires one; clients have none here)
     */
    public record MercadoPago(@NotNull @DefaultValue("https://api.mercadopago.com") String apiUrl,
            @Size(max = 500) @DefaultValue("") String accessToken,
            @Size(max = 500) @DefaultValue("") String webhookSecret,
            @Size(max = 254) @DefaultValue("") String payerEmail,
            @DefaultValue("10s") Duration connectTimeout,
            @DefaultValue("20s") Duration readTimeout) {

        /** Never prints the secrets. */
        @Override
        public String toString() {
            return "MercadoPago[apiUrl=" + apiUrl + ", accessToken=" + (accessToken.isEmpty() ? "" : "••••")
                    + ", webhookSecret=" + (webhookSecret.isEmpty() ? "" : "••••") + "]";
        }
    }
}
