package com.botclientemanager.soak;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The drill's measurements, printed as {@code SOAK name value unit} lines ({@code bench/soak} shows them). */
final class SoakFigures {

    private final List<String> lines = new ArrayList<>();

    void add(String name, double value, String unit) {
        String number = value == Math.rint(value)
                ? String.valueOf((long) value) : String.format(Locale.ROOT, "%.1f", value);
        lines.add(name + " " + number + " " + unit);
    }

    void print() {
        lines.forEach(line -> System.out.println("SOAK " + line));
    }
}
