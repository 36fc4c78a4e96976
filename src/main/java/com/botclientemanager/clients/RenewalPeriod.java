package com.botclientemanager.clients;

import java.time.Period;
import java.util.Locale;

/** The renewal periods the form offers: a number of months, or a number of days ({@link #DAYS}). */
public enum RenewalPeriod {
    MONTHLY(1), BIMONTHLY(2), QUARTERLY(3), SEMIANNUAL(6), ANNUAL(12), DAYS(0);

    private final int months;

    RenewalPeriod(int months) {
        this.months = months;
    }

    /** The choice for a stored period (monthly when none is stored; a month count not offered is kept in days). */
    public static RenewalPeriod of(Period period) {
        if (period == null || period.isZero()) {
            return MONTHLY;
        }
        Period normalized = period.normalized();
        if (normalized.getDays() == 0 && normalized.getYears() * 12 + normalized.getMonths() > 0) {
            long total = normalized.toTotalMonths();
            for (RenewalPeriod choice : values()) {
                if (choice.months == total) {
                    return choice;
                }
            }
        }
        return DAYS;
    }

    /** The period; {@code days} is used only by {@link #DAYS}. */
    public Period period(Integer days) {
        return this == DAYS ? Period.ofDays(days == null ? 30 : days) : Period.ofMonths(months);
    }

    public String messageKey() {
        return "clients.renewal." + name().toLowerCase(Locale.ROOT);
    }
}
