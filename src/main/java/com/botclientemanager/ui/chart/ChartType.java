package com.botclientemanager.ui.chart;

/** The kinds of chart the app draws. */
public enum ChartType { BAR, LINE, DOUGHNUT }
