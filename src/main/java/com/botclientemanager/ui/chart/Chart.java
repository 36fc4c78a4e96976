package com.botclientemanager.ui.chart;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import com.vaadin.flow.shared.Registration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A Chart.js chart (the free alternative to Vaadin Charts) behind a typed Java API. The browser module
 * {@code frontend/components/bcm-chart.js} draws it in the element's shadow root with the Lumo theme's colours.
 */
@Tag("bcm-chart")
@NpmPackage(value = "chart.js", version = "4.5.1")
@JsModule("./components/bcm-chart.js")
public class Chart extends Component implements HasSize {

    private ChartSpec shown;

    public Chart() {
        setWidthFull();
        setHeight("280px");
    }

    public Chart(ChartSpec spec) {
        this();
        setSpec(spec);
    }

    /** Draws {@code spec}; the same figures again are not sent, as the browser would rebuild the chart for nothing. */
    public void setSpec(ChartSpec spec) {
        if (spec.equals(shown)) {
            return;
        }
        shown = spec;
        Map<String, Object> browserSpec = new LinkedHashMap<>();
        browserSpec.put("type", spec.type().name());
        browserSpec.put("labels", spec.labels());
        browserSpec.put("stacked", spec.stacked());
        browserSpec.put("format", spec.format().name());
        browserSpec.put("locale", spec.locale().toLanguageTag());
        browserSpec.put("series", spec.series().stream().map(Chart::browserSeries).toList());
        getElement().setPropertyMap("spec", browserSpec);
    }

    /** A bar or point tapped: its label's index and its series' index in the shown spec. */
    @FunctionalInterface
    public interface BarClickListener {
        void clicked(int labelIndex, int seriesIndex);
    }

    /** Calls {@code listener} when a bar or point is tapped; indexes outside the shown spec (a forged event) are dropped. */
    public Registration addBarClickListener(BarClickListener listener) {
        return getElement().addEventListener("bar-click", event -> {
            int label = event.getEventData().get("event.detail.index").asInt(-1);
            int series = event.getEventData().get("event.detail.series").asInt(-1);
            if (shown != null && label >= 0 && label < shown.labels().size() && series >= 0
                    && series < shown.series().size()) {
                listener.clicked(label, series);
            }
        }).addEventData("event.detail.index").addEventData("event.detail.series");
    }

    private static Map<String, Object> browserSeries(ChartSeries series) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("label", series.label());
        map.put("values", series.values());
        map.put("color", series.color() == null ? ChartColor.PRIMARY.cssName() : series.color().cssName());
        map.put("colors", series.colors().stream().map(ChartColor::cssName).toList());
        map.put("stack", series.stack());
        return map;
    }
}
