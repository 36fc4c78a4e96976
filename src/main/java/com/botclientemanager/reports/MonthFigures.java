package com.botclientemanager.reports;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.Map;

/**
 * One month of a report.
 *
 * @param received          payments (not undone) dated in the month
 * @param receivedByService the same by service group (IPTV, VPN, OTHER)
 * @param renewals          how many payments were dated in the month
 * @param newClients        clients created in the month
 * @param churned           clients lost in the month (see {@link ReportService#churnDate})
 * @param dueClients        clients whose due date fell in the month and has passed, or who already paid for it
 * @param renewedClients    of those, the ones who paid for that due date (whenever they paid)
 */
public record MonthFigures(YearMonth month, BigDecimal received, Map<String, BigDecimal> receivedByService, int renewals,
        int newClients, int churned, int dueClients, int renewedClients) {

    public MonthFigures {
        receivedByService = Map.copyOf(receivedByService);
    }

    /** Renewed ÷ due in percent with one decimal, or null when nobody was due. */
    public BigDecimal renewalRate() {
        return rate(renewedClients, dueClients);
    }

    static BigDecimal rate(int renewed, int due) {
        return due == 0 ? null : BigDecimal.valueOf(renewed * 100L).divide(BigDecimal.valueOf(due), 1, RoundingMode.HALF_UP);
    }
}
