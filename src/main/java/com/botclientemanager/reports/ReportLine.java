package com.botclientemanager.reports;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One row of the list behind a figure.
 *
 * @param clientName null for a client deleted since
 * @param date       the payment day, due date, creation day or day lost, by figure
 * @param amount     the payment, price or total paid, by figure; null when there is none
 * @param paid       for the renewal rate: whether the client paid for that due date; null for other figures
 */
public record ReportLine(String clientId, String clientName, String service, String plan, LocalDate date,
        BigDecimal amount, Boolean paid) {
}
