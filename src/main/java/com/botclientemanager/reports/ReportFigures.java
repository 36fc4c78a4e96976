package com.botclientemanager.reports;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A report over {@link ReportFilter#months()} months, oldest first; the totals are over the same months.
 *
 * @param receivedByPlan      received over the months by plan ({@link ReportGroups#plan}), largest first
 * @param expectedNext30Days  prices of the active clients due from today to 29 days ahead
 * @param payingClients       distinct clients who paid in the months
 * @param plans               every plan name among the clients, for the filter
 */
public record ReportFigures(LocalDate today, ReportFilter filter, int churnDays, List<MonthFigures> months,
        Map<String, BigDecimal> receivedByPlan, BigDecimal expectedNext30Days, int expectedClients, int payingClients,
        List<String> plans) {

    public ReportFigures {
        months = List.copyOf(months);
        plans = List.copyOf(plans);
    }

    public BigDecimal received() {
        return months.stream().map(MonthFigures::received).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public int renewals() {
        return months.stream().mapToInt(MonthFigures::renewals).sum();
    }

    public int newClients() {
        return months.stream().mapToInt(MonthFigures::newClients).sum();
    }

    public int churned() {
        return months.stream().mapToInt(MonthFigures::churned).sum();
    }

    /** Renewed ÷ due over the months (a client due in three months counts three times), or null when nobody was due. */
    public BigDecimal renewalRate() {
        return MonthFigures.rate(months.stream().mapToInt(MonthFigures::renewedClients).sum(),
                months.stream().mapToInt(MonthFigures::dueClients).sum());
    }

    /** Received ÷ clients who paid, over the months; zero when nobody paid. */
    public BigDecimal averagePerClient() {
        return payingClients == 0 ? BigDecimal.ZERO.setScale(2)
                : received().divide(BigDecimal.valueOf(payingClients), 2, RoundingMode.HALF_UP);
    }
}
