package com.botclientemanager.whatsapp;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * {@code app.whatsapp.*}: the provider and its credentials, how long the message log is kept, HTTP timeouts, and the
 * sending hours and pacing the reminder engine follows. Secrets never appear in {@link #toString()}.
 */
@Validated
@ConfigurationProperties("app.whatsapp")
public record WhatsAppProperties(
        @NotNull @DefaultValue("outbox") Provider provider,
        @Valid @DefaultValue Evolution evolution,
        @Valid @DefaultValue Cloud cloud,
        @Min(1) @Max(3650) @DefaultValue("180") int logRetentionDays,
        @NotNull @DefaultValue("10s") Duration connectTimeout,
        @NotNull @DefaultValue("30s") Duration readTimeout,
        @NotNull @DefaultValue("08:00") LocalTime windowStart,
        @NotNull @DefaultValue("21:00") LocalTime windowEnd,
        @NotEmpty @DefaultValue({"MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY"})
        Set<DayOfWeek> days,
        @Min(1) @Max(WhatsAppProperties.MAX_RATE_PER_MINUTE) @DefaultValue("3") int ratePerMinute,
        @Min(1) @Max(WhatsAppProperties.MAX_DAILY_CAP) @DefaultValue("300") int dailyCap,
        @NotNull @DefaultValue("1MB") DataSize webhookMaxBody,
        URI publicUrl) {

    @ConstructorBinding
    public WhatsAppProperties {
        // the constructor Spring binds; the one below keeps callers without a public URL short
    }

    /** Without {@code publicUrl} (the app's address as the providers see it; the browser's origin when unset). */
    public WhatsAppProperties(Provider provider, Evolution evolution, Cloud cloud, int logRetentionDays,
            Duration connectTimeout, Duration readTimeout, LocalTime windowStart, LocalTime windowEnd,
            Set<DayOfWeek> days, int ratePerMinute, int dailyCap, DataSize webhookMaxBody) {
        this(provider, evolution, cloud, logRetentionDays, connectTimeout, readTimeout, windowStart, windowEnd, days,
                ratePerMinute, dailyCap, webhookMaxBody, null);
    }

    /** The highest sending rate and daily cap accepted here and on the settings page. */
    public static final int MAX_RATE_PER_MINUTE = 6000;
    public static final int MAX_DAILY_CAP = 100000;

    /** {@code app.whatsapp.evolution.*}: a self-hosted Evolution API v2. */
    public record Evolution(URI url, String apiKey, @DefaultValue("bot-cliente-manager") String instance) {

        boolean complete() {
            return url != null && url.getScheme() != null && url.getHost() != null && present(apiKey) && present(instance);
        }

        @Override
        public String toString() {
            return "Evolution[url=" + url + ", apiKey=" + redacted(apiKey) + ", instance=" + instance + "]";
        }
    }

    /** {@code app.whatsapp.cloud.*}: Meta's WhatsApp Cloud API. */
    public record Cloud(@NotNull @DefaultValue("https://graph.facebook.com/v23.0") URI apiUrl, String phoneNumberId,
            String accessToken, String appSecret, String verifyToken) {

        boolean complete() {
            return present(phoneNumberId) && present(accessToken) && present(appSecret) && present(verifyToken);
        }

        @Override
        public String toString() {
            return "Cloud[apiUrl=" + apiUrl + ", phoneNumberId=" + phoneNumberId + ", accessToken="
                    + redacted(accessToken) + ", appSecret=" + redacted(appSecret) + ", verifyToken="
                    + redacted(verifyToken) + "]";
        }
    }

    @AssertTrue(message = "app.whatsapp.provider=evolution needs app.whatsapp.evolution.url (http or https), "
            + "app.whatsapp.evolution.api-key and app.whatsapp.evolution.instance")
    public boolean isEvolutionSettingsComplete() {
        return provider != Provider.EVOLUTION || evolution.complete();
    }

    @AssertTrue(message = "app.whatsapp.provider=cloud needs app.whatsapp.cloud.phone-number-id, "
            + "app.whatsapp.cloud.access-token, app.whatsapp.cloud.app-secret and app.whatsapp.cloud.verify-token")
    public boolean isCloudSettingsComplete() {
        return provider != Provider.CLOUD || cloud.complete();
    }

    @AssertTrue(message = "app.whatsapp.public-url must be an http or https address")
    public boolean isPublicUrlValid() {
        return publicUrl == null || ConnectionSettings.httpUri(publicUrl.toString()) != null;
    }

    @AssertTrue(message = "app.whatsapp.webhook-max-body must be between 16KB and 64MB")
    public boolean isWebhookMaxBodyValid() {
        return webhookMaxBody == null || (webhookMaxBody.toBytes() >= DataSize.ofKilobytes(16).toBytes()
                && webhookMaxBody.toBytes() <= DataSize.ofMegabytes(64).toBytes());
    }

    @AssertTrue(message = "app.whatsapp.window-end must be after app.whatsapp.window-start")
    public boolean isSendingWindowValid() {
        return windowStart == null || windowEnd == null || windowEnd.isAfter(windowStart);
    }

    @Override
    public String toString() {
        return "WhatsAppProperties[provider=" + provider + ", evolution=" + evolution + ", cloud=" + cloud
                + ", logRetentionDays=" + logRetentionDays + ", window=" + windowStart + "-" + windowEnd + ", days="
                + days + ", ratePerMinute=" + ratePerMinute + ", dailyCap=" + dailyCap + ", webhookMaxBody=" + webhookMaxBody
                + "]";
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }

    private static String redacted(String secret) {
        return present(secret) ? "***" : "<unset>";
    }
}
