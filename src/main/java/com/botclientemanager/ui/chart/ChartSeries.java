package com.botclientemanager.ui.chart;

import java.util.List;

/**
 * One data series: its label, its values (one per chart label), its colour and, for stacked bars, its stack.
 * A doughnut uses {@link #colors()}, one colour per value.
 */
public record ChartSeries(String label, List<? extends Number> values, ChartColor color, List<ChartColor> colors,
        String stack) {

    public ChartSeries {
        values = List.copyOf(values);
        colors = colors == null ? List.of() : List.copyOf(colors);
    }

    public static ChartSeries of(String label, List<? extends Number> values, ChartColor color) {
        return new ChartSeries(label, values, color, List.of(), null);
    }

    public ChartSeries stacked(String stackName) {
        return new ChartSeries(label, values, color, colors, stackName);
    }
}
