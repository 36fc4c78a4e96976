package com.botclientemanager.clients;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * One entry of the older bot's {@code renewal_history} of a client, shown read-only in the client's history. Any field
 * may be null when the file lacks it or holds something unreadable.
 *
 * @param renewedAt       when the older bot recorded the renewal ({@code date})
 * @param daysAdded       {@code days_added}
 * @param previousDueDate {@code previous_expiration}
 * @param newDueDate      {@code new_expiration}
 * @param value           {@code value}
 */
public record ImportedRenewal(LocalDateTime renewedAt, Integer daysAdded, LocalDate previousDueDate,
        LocalDate newDueDate, BigDecimal value) {
}
