package com.botclientemanager.push;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Web Push ({@code app.push.*}).
 *
 * @param subject          the VAPID contact the push services may write to: {@code mailto:} an address or an
 *                         {@code https:} page of yours (Apple rejects {@code localhost} addresses)
 * @param failureWindow    how long failed reminders are collected before one notification reports them all
 * @param perDeviceMinute  at most this many notifications per device and minute; the rest are folded into one
 * @param retries          further tries after a push service failed (not for 404/410: the device is removed)
 * @param ttl              how long a push service keeps a notification for a phone that is offline
 */
@Validated
@ConfigurationProperties("app.push")
public record PushProperties(
        @NotNull @Pattern(regexp = "(mailto:[^\\s@]+@[^\\s@]+|https://\\S+)",
                message = "app.push.subject must be mailto:address or an https:// URL")
        @DefaultValue("mailto:push@example.com") String subject,
        @NotNull @DefaultValue("2m") Duration failureWindow,
        @Min(1) @Max(60) @DefaultValue("6") int perDeviceMinute,
        @Min(0) @Max(5) @DefaultValue("3") int retries,
        @NotNull @DefaultValue("24h") Duration ttl) {
}
