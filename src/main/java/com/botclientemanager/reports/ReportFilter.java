package com.botclientemanager.reports;

import java.util.Locale;
import java.util.Set;

/**
 * What a report covers: the last 12 or 24 months (the current one included), one service group or all, one plan or all.
 *
 * @param service {@code IPTV}, {@code VPN}, {@code OTHER}, or null for every service
 * @param plan    a plan name, {@link #NO_PLAN} for clients without one, or null for every plan
 */
public record ReportFilter(int months, String service, String plan) {

    public static final Set<Integer> MONTH_CHOICES = Set.of(12, 24);
    public static final String NO_PLAN = "";

    public ReportFilter {
        if (!MONTH_CHOICES.contains(months)) {
            throw new IllegalArgumentException("months must be 12 or 24: " + months);
        }
        if (service != null && !ReportGroups.SERVICES.contains(service)) {
            throw new IllegalArgumentException("unknown service group: " + service);
        }
        plan = plan == null ? null : plan.strip();
    }

    public static ReportFilter lastYear() {
        return new ReportFilter(12, null, null);
    }

    public boolean everything() {
        return service == null && plan == null;
    }

    public ReportFilter withMonths(int newMonths) {
        return new ReportFilter(newMonths, service, plan);
    }

    public ReportFilter withService(String newService) {
        return new ReportFilter(months, newService == null ? null : newService.toUpperCase(Locale.ROOT), plan);
    }

    public ReportFilter withPlan(String newPlan) {
        return new ReportFilter(months, service, newPlan);
    }
}
