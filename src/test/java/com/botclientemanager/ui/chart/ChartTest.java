package com.botclientemanager.ui.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The dashboard refreshes while reminders go out: unchanged figures must not make every browser rebuild a chart. */
class ChartTest {

    @Test
    void theSameFiguresAgainLeaveTheBrowserPropertyAloneAndNewFiguresReplaceIt() {
        Chart chart = new Chart(spec(3, 5));
        Object first = chart.getElement().getPropertyRaw("spec");

        chart.setSpec(spec(3, 5));
        assertThat(chart.getElement().getPropertyRaw("spec")).isSameAs(first);

        chart.setSpec(spec(3, 6));
        assertThat(chart.getElement().getPropertyRaw("spec")).isNotSameAs(first).asString().contains("6");
    }

    private static ChartSpec spec(int sent, int failed) {
        return new ChartSpec(ChartType.BAR, List.of("seg", "ter"),
                List.of(ChartSeries.of("Enviadas", List.of(sent, failed), ChartColor.SUCCESS)), false, ChartSpec.ValueFormat.NUMBER,
                Locale.forLanguageTag("pt-BR"));
    }
}
