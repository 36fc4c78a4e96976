package com.botclientemanager.reports;

/** The figures of a report that open a list of the clients or payments behind them. */
public enum ReportFigure {
    /** payments received (also the renewals: one payment is one renewal) */
    RECEIVED,
    /** active clients due in the next 30 days */
    EXPECTED,
    NEW_CLIENTS,
    CHURN,
    /** the clients due in the month, paid or not */
    RENEWAL_RATE,
    /** each paying client with the total they paid */
    AVERAGE
}
