package com.botclientemanager.reminders;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import java.time.ZoneId;
import org.hibernate.validator.constraints.time.DurationMax;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The reminder engine ({@code app.reminders.*}). The sending window and pacing are WhatsApp settings
 * ({@code app.whatsapp.*}); the reminder time of a client who has none is a client default
 * ({@code com.botclientemanager.clients.ClientSettings}).
 *
 * @param zone                   the time zone of due dates and reminder times
 * @param catchUpDays            how many past days a start-up looks back to record reminders that never went out as
 *                               missed
 * @param maxRetries             how often JobRunr retries a send that failed for a passing reason before it is FAILED
 * @param jobServerCheckInterval how often the app checks that JobRunr's job server still runs (and restarts it)
 */
@Validated
@ConfigurationProperties("app.reminders")
public record ReminderProperties(
        @NotNull @DefaultValue("America/Sao_Paulo") ZoneId zone,
        @Min(0) @Max(60) @DefaultValue("7") int catchUpDays,
        @Min(0) @Max(20) @DefaultValue("8") int maxRetries,
        @NotNull @DurationMin(seconds = 1) @DurationMax(seconds = 60) @DefaultValue("15s") Duration jobServerCheckInterval) {
}
