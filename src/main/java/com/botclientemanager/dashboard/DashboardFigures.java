package com.botclientemanager.dashboard;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

/**
 * What the first screen shows, computed at one moment. Only active clients count.
 *
 * @param dueSoonDays        how many days ahead "due soon" looks ({@code app.clients.due-soon-days})
 * @param dueSoon            due in the next 1 to {@code dueSoonDays} days
 * @param expectedThisMonth  prices falling due this month (clients still due plus the periods already paid)
 * @param messagesSentToday  messages that really went out today (sent, delivered, read); test mode's simulated ones
 *                           are apart, in {@link #messagesSimulatedToday()}
 * @param clientsByService   IPTV, VPN and other services, by count
 * @param dueNext30Days      how many clients fall due on each of the next 30 days, today first
 */
public record DashboardFigures(LocalDate today, int activeClients, int dueSoonDays, int dueSoon, int dueToday, int overdue,
        BigDecimal overdueAmount, BigDecimal expectedThisMonth, BigDecimal receivedThisMonth, int messagesSentToday,
        int messagesFailedToday, Map<String, Integer> clientsByService, List<Integer> dueNext30Days,
        List<MonthRevenue> revenueByMonth, List<DayMessages> messagesByDay) {

    /** Today's messages logged as simulated in test mode: nothing went out. */
    public int messagesSimulatedToday() {
        return messagesByDay.isEmpty() ? 0 : messagesByDay.getLast().simulated();
    }

    public record MonthRevenue(YearMonth month, BigDecimal received, BigDecimal expected) {
    }

    public record DayMessages(LocalDate day, int sent, int delivered, int failed, int simulated) {
    }
}
