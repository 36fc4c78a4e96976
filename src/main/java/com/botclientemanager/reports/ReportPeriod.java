package com.botclientemanager.reports;

import java.time.LocalDate;
import java.time.YearMonth;

/** The months of a report, oldest first, ending with today's month; dates are placed by month number. */
final class ReportPeriod {

    private final LocalDate today;
    private final int months;
    private final YearMonth first;
    private final int firstNumber;

    ReportPeriod(LocalDate today, int months) {
        this.today = today;
        this.months = months;
        this.first = YearMonth.from(today).minusMonths(months - 1L);
        this.firstNumber = first.getYear() * 12 + first.getMonthValue();
    }

    LocalDate today() {
        return today;
    }

    int months() {
        return months;
    }

    YearMonth month(int index) {
        return first.plusMonths(index);
    }

    /** The month's place in the period, or -1 when the date is null or outside it. */
    int indexOf(LocalDate date) {
        if (date == null) {
            return -1;
        }
        int index = date.getYear() * 12 + date.getMonthValue() - firstNumber;
        return index >= 0 && index < months ? index : -1;
    }

    /** The payments to walk: from two months before the period (early payments for its first due dates) to today. */
    LocalDate walkFrom() {
        return first.minusMonths(2).atDay(1);
    }
}
