package com.botclientemanager.reports;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code app.reports.*}.
 *
 * @param churnDays an active client this many days past the due date without paying counts as lost (churn) on that day
 */
@Validated
@ConfigurationProperties("app.reports")
public record ReportsProperties(@Min(1) @Max(365) @DefaultValue("30") int churnDays) {
}
