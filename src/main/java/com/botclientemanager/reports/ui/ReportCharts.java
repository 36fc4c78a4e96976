package com.botclientemanager.reports.ui;

import com.botclientemanager.reports.MonthFigures;
import com.botclientemanager.reports.ReportFigures;
import com.botclientemanager.reports.ReportGroups;
import com.botclientemanager.ui.UiFormat;
import com.botclientemanager.ui.chart.ChartColor;
import com.botclientemanager.ui.chart.ChartSeries;
import com.botclientemanager.ui.chart.ChartSpec;
import com.botclientemanager.ui.chart.ChartType;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/** The report's four charts. Series orders matter: the view maps a tapped series back to its figure by index. */
final class ReportCharts {

    static final List<ChartColor> SERVICE_COLORS = List.of(ChartColor.PRIMARY, ChartColor.SUCCESS, ChartColor.WARNING);

    private final UiFormat format;
    private final Function<String, String> translate;

    ReportCharts(UiFormat format, Function<String, String> translate) {
        this.format = format;
        this.translate = translate;
    }

    private List<String> months(ReportFigures figures) {
        return figures.months().stream().map(m -> format.month(m.month())).toList();
    }

    /** Received per month, stacked by service (series in {@link ReportGroups#SERVICES} order). */
    ChartSpec revenue(ReportFigures figures) {
        List<ChartSeries> series = new java.util.ArrayList<>();
        for (int s = 0; s < ReportGroups.SERVICES.size(); s++) {
            String service = ReportGroups.SERVICES.get(s);
            series.add(ChartSeries.of(serviceName(service),
                    figures.months().stream().map(m -> m.receivedByService().getOrDefault(service, BigDecimal.ZERO)).toList(),
                    SERVICE_COLORS.get(s)).stacked("r"));
        }
        return new ChartSpec(ChartType.BAR, months(figures), series, true, ChartSpec.ValueFormat.MONEY_BRL, format.locale());
    }

    /** Received over the period by plan, largest first. */
    ChartSpec plans(ReportFigures figures) {
        List<String> plans = List.copyOf(figures.receivedByPlan().keySet());
        return new ChartSpec(ChartType.BAR, plans.stream().map(this::planName).toList(),
                List.of(ChartSeries.of(translate.apply("reports.series.received"),
                        plans.stream().map(figures.receivedByPlan()::get).toList(), ChartColor.SUCCESS)),
                false, ChartSpec.ValueFormat.MONEY_BRL, format.locale());
    }

    /** New clients, renewals and clients lost per month, in this series order. */
    ChartSpec movement(ReportFigures figures) {
        return new ChartSpec(ChartType.BAR, months(figures), List.of(
                ChartSeries.of(translate.apply("reports.series.new"),
                        figures.months().stream().map(MonthFigures::newClients).toList(), ChartColor.PRIMARY),
                ChartSeries.of(translate.apply("reports.series.renewals"),
                        figures.months().stream().map(MonthFigures::renewals).toList(), ChartColor.SUCCESS),
                ChartSeries.of(translate.apply("reports.series.churn"),
                        figures.months().stream().map(MonthFigures::churned).toList(), ChartColor.ERROR)),
                false, ChartSpec.ValueFormat.NUMBER, format.locale());
    }

    /** Renewal rate per month in percent (0 where nobody was due). */
    ChartSpec renewalRate(ReportFigures figures) {
        return new ChartSpec(ChartType.LINE, months(figures), List.of(ChartSeries.of(
                        translate.apply("reports.series.rate"), figures.months().stream()
                                .map(m -> m.renewalRate() == null ? BigDecimal.ZERO : m.renewalRate()).toList(),
                        ChartColor.PRIMARY)),
                false, ChartSpec.ValueFormat.NUMBER, format.locale());
    }

    String serviceName(String service) {
        return translate.apply("reports.service." + service.toLowerCase(Locale.ROOT));
    }

    String planName(String plan) {
        return plan.isEmpty() ? translate.apply("reports.plan.none") : plan;
    }
}
