package com.botclientemanager.reports;

import java.time.YearMonth;

/**
 * What a tap on a figure or a chart bar asks for: the figure, narrowed to one month, service group or plan when given.
 *
 * @param month   null for every month of the report
 * @param service null for every service of the report's filter
 * @param plan    null for every plan of the report's filter
 */
public record ReportSelection(ReportFigure figure, YearMonth month, String service, String plan) {

    public static ReportSelection of(ReportFigure figure) {
        return new ReportSelection(figure, null, null, null);
    }

    public ReportSelection inMonth(YearMonth newMonth) {
        return new ReportSelection(figure, newMonth, service, plan);
    }
}
