package com.botclientemanager.ui.chart;

/** A colour role, resolved in the browser from the Lumo theme, so charts follow light and dark mode. */
public enum ChartColor {
    PRIMARY, SUCCESS, ERROR, WARNING, CONTRAST, MUTED;

    /** The name the front-end module knows this colour by. */
    public String cssName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
