package com.botclientemanager.reports;

import com.botclientemanager.clients.Client;
import com.botclientemanager.clients.PaidPayments;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Builds the list behind one figure with the same rules as {@link ReportTally}, so its length matches the figure. */
final class ReportLists {

    private final ClientTable table;
    private final ReportPeriod period;
    private final ReportSelection selection;
    private final int churnDays;
    private final List<ReportLine> lines = new ArrayList<>();

    ReportLists(ClientTable table, ReportPeriod period, ReportSelection selection, int churnDays) {
        this.table = table;
        this.period = period;
        this.selection = selection;
        this.churnDays = churnDays;
    }

    List<ReportLine> build(PaidPayments payments) {
        switch (selection.figure()) {
            case RECEIVED -> payments.forEach(period.walkFrom(), period.today(), (id, date, cents, due) -> {
                int c = table.numberOf(id);
                if (wanted(c, date)) {
                    lines.add(line(c, date, ReportTally.money(cents), null));
                }
            });
            case AVERAGE -> averages(payments);
            case RENEWAL_RATE -> dues(payments);
            default -> clients();
        }
        Comparator<ReportLine> byDate = Comparator.comparing(ReportLine::date, Comparator.nullsLast(Comparator.naturalOrder()));
        lines.sort(selection.figure() == ReportFigure.EXPECTED ? byDate : byDate.reversed());
        return lines;
    }

    private boolean wanted(int c, LocalDate date) {
        return table.kept(c) && period.indexOf(date) >= 0
                && (selection.month() == null || selection.month().equals(java.time.YearMonth.from(date)))
                && (selection.service() == null || selection.service().equals(table.service(c)))
                && (selection.plan() == null || selection.plan().equals(table.plan(c)));
    }

    private void clients() {
        LocalDate today = period.today();
        for (int c = 0; c < table.known(); c++) {
            Client client = table.client(c);
            LocalDate date = switch (selection.figure()) {
                case NEW_CLIENTS -> client.createdAt() == null ? null : client.createdAt().toLocalDate();
                case CHURN -> ReportService.churnDate(client, today, churnDays);
                default -> client.active() && client.dueDate() != null && !client.dueDate().isBefore(today)
                        && client.dueDate().isBefore(today.plusDays(30)) ? client.dueDate() : null;
            };
            boolean inPeriod = selection.figure() == ReportFigure.EXPECTED ? date != null && table.kept(c) : wanted(c, date);
            if (inPeriod) {
                lines.add(line(c, date, client.value(), null));
            }
        }
    }

    private void averages(PaidPayments payments) {
        Map<Integer, long[]> totals = new HashMap<>();
        Map<Integer, LocalDate> last = new HashMap<>();
        payments.forEach(period.walkFrom(), period.today(), (id, date, cents, due) -> {
            int c = table.numberOf(id);
            if (wanted(c, date)) {
                totals.computeIfAbsent(c, k -> new long[1])[0] += cents;
                last.merge(c, date, (a, b) -> a.isAfter(b) ? a : b);
            }
        });
        totals.forEach((c, cents) -> lines.add(line(c, last.get(c), ReportTally.money(cents[0]), null)));
    }

    /** One line per client and month they were due in: paid for it (with the amount) or not. */
    private void dues(PaidPayments payments) {
        Map<Long, ReportLine> byClientMonth = new HashMap<>();
        payments.forEach(period.walkFrom(), period.today(), (id, date, cents, due) -> {
            int c = table.numberOf(id);
            if (due != null && wanted(c, due)) {
                byClientMonth.merge(key(c, due), line(c, due, ReportTally.money(cents), true),
                        (a, b) -> line(c, a.date(), a.amount().add(b.amount()), true));
            }
        });
        for (int c = 0; c < table.known(); c++) {
            LocalDate due = table.client(c).dueDate();
            if (due != null && due.isBefore(period.today()) && wanted(c, due)) {
                byClientMonth.putIfAbsent(key(c, due), line(c, due, null, false));
            }
        }
        lines.addAll(byClientMonth.values());
    }

    private long key(int c, LocalDate date) {
        return (long) c * 1000 + period.indexOf(date);
    }

    private ReportLine line(int c, LocalDate date, BigDecimal amount, Boolean paid) {
        Client client = table.client(c);
        return new ReportLine(client == null ? null : client.id(), client == null ? null : client.name(),
                table.service(c), table.plan(c), date, amount, paid);
    }
}
