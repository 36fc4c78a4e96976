package com.botclientemanager.clients;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.LocalTime;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * {@code app.clients.*}: how renewals move the due date, how phone numbers typed without a country code are read, the
 * reminder time of a client who has none, and the largest file the import accepts. Documented in
 * {@code docs/config-clients.md}. The first three are only the defaults of {@link ClientSettings}: what the reseller
 * saves on the settings page ({@link ClientSettingsService}) wins.
 *
 * @param renewFrom           where a renewal of an overdue client starts: the old due date (default) or the payment day
 * @param phoneRegion         ISO country whose numbering plan applies to numbers typed without "+country code"
 * @param importMaxSize       the largest CSV or JSON file the import reads
 * @param dueSoonDays         a client due within this many days (today excluded) shows "vence em breve"
 * @param defaultReminderTime the reminder time a new client starts with, and of a stored client who has none
 */
@Validated
@ConfigurationProperties("app.clients")
public record ClientsProperties(@NotNull @DefaultValue("due-date") RenewFrom renewFrom,
        @NotNull @Pattern(regexp = "[A-Z]{2}") @DefaultValue("BR") String phoneRegion,
        @NotNull @DefaultValue("20MB") DataSize importMaxSize,
        @Min(0) @Max(30) @DefaultValue("3") int dueSoonDays,
        @NotNull @DefaultValue("09:00") LocalTime defaultReminderTime) {

    /** Where a renewal counts the paid period from. */
    public enum RenewFrom {
        /** From the old due date, also when the client pays late: a late payer does not gain days. */
        DUE_DATE,
        /** From the payment day when the client was overdue; from the old due date otherwise. */
        TODAY
    }

    public static ClientsProperties defaults() {
        return new ClientsProperties(RenewFrom.DUE_DATE, "BR", DataSize.ofMegabytes(20), 3, LocalTime.of(9, 0));
    }

    /** The client defaults as configured, before the reseller saves any on the settings page. */
    public ClientSettings clientDefaults() {
        return new ClientSettings(phoneRegion, renewFrom, defaultReminderTime);
    }
}
