package com.botclientemanager.reports;

import java.math.BigDecimal;
import java.util.List;

/**
 * The list behind a figure: at most {@link ReportService#MAX_LINES} lines, newest first, with the count and sum of all.
 */
public record ReportList(List<ReportLine> lines, int total, BigDecimal sum) {

    public ReportList {
        lines = List.copyOf(lines);
    }

    public boolean truncated() {
        return lines.size() < total;
    }
}
