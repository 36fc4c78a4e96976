package com.botclientemanager.plans.ui;

import java.time.Period;
import java.util.function.BiFunction;

/** How a plan's duration reads: "Mensal", "Trimestral", "3 meses", "45 dias". */
final class PlanTexts {

    private PlanTexts() {
    }

    static String duration(Period period, BiFunction<String, Object[], String> translate) {
        Period normalized = period.normalized();
        if (normalized.getDays() > 0) {
            return translate.apply("plans.duration.days-count", new Object[] {normalized.getDays()});
        }
        int months = (int) normalized.toTotalMonths();
        return switch (months) {
            case 1 -> translate.apply("clients.renewal.monthly", new Object[0]);
            case 2 -> translate.apply("clients.renewal.bimonthly", new Object[0]);
            case 3 -> translate.apply("clients.renewal.quarterly", new Object[0]);
            case 6 -> translate.apply("clients.renewal.semiannual", new Object[0]);
            case 12 -> translate.apply("clients.renewal.annual", new Object[0]);
            default -> translate.apply("plans.duration.months-count", new Object[] {months});
        };
    }
}
