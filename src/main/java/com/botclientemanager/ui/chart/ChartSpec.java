package com.botclientemanager.ui.chart;

import java.util.List;
import java.util.Locale;

/**
 * Everything a chart shows, typed: views build one of these, never JSON.
 *
 * @param format how values are written in axes and tooltips
 */
public record ChartSpec(ChartType type, List<String> labels, List<ChartSeries> series, boolean stacked,
        ValueFormat format, Locale locale) {

    public enum ValueFormat { NUMBER, MONEY_BRL }

    public ChartSpec {
        labels = List.copyOf(labels);
        series = List.copyOf(series);
    }
}
