package com.botclientemanager.receipts;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * Payment receipts ({@code app.receipts.*}).
 *
 * @param keywords      words in a client's message that say "I paid" (whole words; case and accents ignored)
 * @param maxFileSize   largest receipt file kept (bigger ones are refused without being downloaded to the end)
 * @param maxTotalSize  the most all receipt files together may take under the data folder
 * @param dueWithinDays a client's due date counts as open from this many days before it (and while overdue)
 */
@Validated
@ConfigurationProperties("app.receipts")
public record ReceiptsProperties(
        @NotEmpty @Size(max = 50) @DefaultValue({"PAGUEI", "PAGO", "PAGA", "JÁ PAGUEI", "PAID"})
        List<@NotBlank String> keywords,
        @NotNull @DefaultValue("10MB") DataSize maxFileSize,
        @NotNull @DefaultValue("500MB") DataSize maxTotalSize,
        @Min(0) @Max(60) @DefaultValue("10") int dueWithinDays) {
}
