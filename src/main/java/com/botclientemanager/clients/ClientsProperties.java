package com.botclientemanager.clients;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * {@code app.clients.*}: how renewals move the due date, how phone numbers typed without a country code are read, and
 * the largest file the import accepts. Documented in {@code docs/config-clients.md}.
 *
 * @param renewFrom     where a renewal of an overdue client starts: the old due date (default) or the payment day
 * @param phoneRegion   ISO country whose numbering plan applies to numbers typed without "+country code"
 * @param importMaxSize the largest CSV or JSON file the import reads
 * @param dueSoonDays   a client due within this many days (today excluded) shows "vence em breve"
 */
@Validated
@ConfigurationProperties("app.clients")
public record ClientsProperties(@NotNull @DefaultValue("due-date") RenewFrom renewFrom,
        @NotNull @Pattern(regexp = "[A-Z]{2}") @DefaultValue("BR") String phoneRegion,
        @NotNull @DefaultValue("20MB") DataSize importMaxSize,
        @Min(0) @Max(30) @DefaultValue("3") int dueSoonDays) {

    /** Where a renewal counts the paid period from. */
    public enum RenewFrom {
        /** From the old due date, also when the client pays late: a late payer does not gain days. */
        DUE_DATE,
        /** From the payment day when the client was overdue; from the old due date otherwise. */
        TODAY
    }

    public static ClientsProperties defaults() {
        return new ClientsProperties(RenewFrom.DUE_DATE, "BR", DataSize.ofMegabytes(20), 3);
    }
}
