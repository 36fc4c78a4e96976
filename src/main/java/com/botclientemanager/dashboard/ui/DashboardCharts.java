package com.botclientemanager.dashboard.ui;

import com.botclientemanager.dashboard.DashboardFigures.DayMessages;
import com.botclientemanager.dashboard.DashboardFigures.MonthRevenue;
import com.botclientemanager.dashboard.DashboardFigures;
import com.botclientemanager.ui.UiFormat;
import com.botclientemanager.ui.chart.ChartColor;
import com.botclientemanager.ui.chart.ChartSeries;
import com.botclientemanager.ui.chart.ChartSpec;
import com.botclientemanager.ui.chart.ChartType;
import java.util.List;
import java.util.function.Function;
import java.util.stream.IntStream;

/** Turns the dashboard figures into the four chart specifications, labelled in the UI language. */
final class DashboardCharts {

    private final UiFormat format;
    private final Function<String, String> translate;

    DashboardCharts(UiFormat format, Function<String, String> translate) {
        this.format = format;
        this.translate = translate;
    }

    ChartSpec revenue(DashboardFigures figures) {
        List<MonthRevenue> months = figures.revenueByMonth();
        return new ChartSpec(ChartType.BAR, months.stream().map(m -> format.month(m.month())).toList(),
                List.of(ChartSeries.of(translate.apply("dashboard.series.received"),
                                months.stream().map(MonthRevenue::received).toList(), ChartColor.SUCCESS),
                        ChartSeries.of(translate.apply("dashboard.series.expected"),
                                months.stream().map(MonthRevenue::expected).toList(), ChartColor.MUTED)),
                false, ChartSpec.ValueFormat.MONEY_BRL, format.locale());
    }

    ChartSpec services(DashboardFigures figures) {
        List<String> keys = List.copyOf(figures.clientsByService().keySet());
        return new ChartSpec(ChartType.DOUGHNUT,
                keys.stream().map(k -> translate.apply("dashboard.service." + k.toLowerCase(java.util.Locale.ROOT))).toList(),
                List.of(new ChartSeries(translate.apply("dashboard.series.clients"),
                        keys.stream().map(figures.clientsByService()::get).toList(), null,
                        List.of(ChartColor.PRIMARY, ChartColor.SUCCESS, ChartColor.WARNING), null)),
                false, ChartSpec.ValueFormat.NUMBER, format.locale());
    }

    ChartSpec dueNext30Days(DashboardFigures figures) {
        return new ChartSpec(ChartType.BAR,
                IntStream.range(0, figures.dueNext30Days().size()).mapToObj(i -> format.day(figures.today().plusDays(i))).toList(),
                List.of(ChartSeries.of(translate.apply("dashboard.series.due"), figures.dueNext30Days(), ChartColor.PRIMARY)),
                false, ChartSpec.ValueFormat.NUMBER, format.locale());
    }

    ChartSpec messages(DashboardFigures figures) {
        List<DayMessages> days = figures.messagesByDay();
        return new ChartSpec(ChartType.BAR, days.stream().map(d -> format.day(d.day())).toList(), List.of(
                ChartSeries.of(translate.apply("dashboard.series.sent"), days.stream().map(DayMessages::sent).toList(),
                        ChartColor.PRIMARY).stacked("m"),
                ChartSeries.of(translate.apply("dashboard.series.delivered"),
                        days.stream().map(DayMessages::delivered).toList(), ChartColor.SUCCESS).stacked("m"),
                ChartSeries.of(translate.apply("dashboard.series.simulated"),
                        days.stream().map(DayMessages::simulated).toList(), ChartColor.MUTED).stacked("m"),
                ChartSeries.of(translate.apply("dashboard.series.failed"), days.stream().map(DayMessages::failed).toList(),
                        ChartColor.ERROR).stacked("m")),
                true, ChartSpec.ValueFormat.NUMBER, format.locale());
    }
}
