package com.botclientemanager.reports;

import com.botclientemanager.clients.Client;
import com.botclientemanager.clients.ClientCalendar;
import com.botclientemanager.clients.ClientDirectory;
import com.botclientemanager.clients.PaidPayments;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import org.springframework.stereotype.Service;

/**
 * The reports page's figures, from the clients and the payments not undone. The older bot's imported renewals are not
 * payments and do not count (as on the dashboard). Money is summed in cents.
 */
@Service
public class ReportService {

    /** The longest list a figure opens; the CSV export has the figures, the clients page has every client. */
    public static final int MAX_LINES = 2000;

    private final ClientDirectory clients;
    private final PaidPayments payments;
    private final ClientCalendar calendar;
    private final int churnDays;

    public ReportService(ClientDirectory clients, PaidPayments payments, ClientCalendar calendar,
            ReportsProperties properties) {
        this.clients = clients;
        this.payments = payments;
        this.calendar = calendar;
        this.churnDays = properties.churnDays();
    }

    public ReportFigures figures(ReportFilter filter) {
        List<Client> all = clients.all();
        ReportPeriod period = new ReportPeriod(calendar.today(), filter.months());
        ClientTable table = new ClientTable(all, filter);
        ReportTally tally = new ReportTally(table, period, churnDays);
        payments.forEach(period.walkFrom(), period.today(), tally);
        tally.countClients();
        List<String> plans = new TreeSet<>(table.planNames().stream().filter(plan -> !plan.isEmpty()).toList())
                .stream().toList();
        return new ReportFigures(period.today(), filter, churnDays, tally.months(), tally.byPlan(), tally.expected(),
                tally.expectedClients(), tally.payingClients(), plans);
    }

    /** The clients or payments behind a figure, newest first (the next 30 days' due dates soonest first). */
    public ReportList list(ReportFilter filter, ReportSelection selection) {
        ReportPeriod period = new ReportPeriod(calendar.today(), filter.months());
        List<ReportLine> lines = new ReportLists(new ClientTable(clients.all(), filter), period, selection, churnDays)
                .build(payments);
        BigDecimal sum = lines.stream().map(ReportLine::amount).filter(Objects::nonNull)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        return new ReportList(lines.subList(0, Math.min(lines.size(), MAX_LINES)), lines.size(), sum);
    }

    /**
     * The day a client counts as lost: an active client {@code churnDays} after an unpaid due date, once that day has
     * come; an inactive client on the due date they did not renew (when they were deactivated is not recorded). Null
     * when the client is not lost.
     */
    public static LocalDate churnDate(Client client, LocalDate today, int churnDays) {
        LocalDate due = client.dueDate();
        if (due == null) {
            return null;
        }
        if (!client.active()) {
            return due;
        }
        LocalDate lost = due.plusDays(churnDays);
        return lost.isAfter(today) ? null : lost;
    }

    public int churnDays() {
        return churnDays;
    }
}
