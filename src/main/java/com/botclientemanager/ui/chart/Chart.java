package com.botclientemanager.ui.chart;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
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
