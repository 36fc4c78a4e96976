package com.botclientemanager.ui.chart;

import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Locale;

/** A page with one chart of each type, for the browser test only (test sources are not in the app). */
@Route("test/charts")
@PermitAll
public class ChartSampleView extends VerticalLayout {

    public ChartSampleView() {
        Locale locale = getLocale();
        add(new Chart(new ChartSpec(ChartType.BAR, List.of("jan", "fev", "mar"),
                List.of(ChartSeries.of("Recebido", List.of(120.5, 300, 90), ChartColor.SUCCESS),
                        ChartSeries.of("Previsto", List.of(150, 280, 200), ChartColor.MUTED)),
                false, ChartSpec.ValueFormat.MONEY_BRL, locale)));
        add(new Chart(new ChartSpec(ChartType.DOUGHNUT, List.of("IPTV", "VPN", "Outro"),
                List.of(new ChartSeries("Clientes", List.of(30, 12, 3), null,
                        List.of(ChartColor.PRIMARY, ChartColor.SUCCESS, ChartColor.WARNING), null)),
                false, ChartSpec.ValueFormat.NUMBER, locale)));
        add(new Chart(new ChartSpec(ChartType.BAR, List.of("1", "2", "3"),
                List.of(ChartSeries.of("Enviadas", List.of(5, 7, 2), ChartColor.PRIMARY).stacked("m"),
                        ChartSeries.of("Falhas", List.of(1, 0, 2), ChartColor.ERROR).stacked("m")),
                true, ChartSpec.ValueFormat.NUMBER, locale)));
    }
}
