package com.botclientemanager.reports;

import com.botclientemanager.clients.Client;
import com.botclientemanager.clients.PaidPayments;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One pass over the payments and one over the clients, summing every figure of a report in cents and bit sets. */
final class ReportTally implements PaidPayments.Visitor {

    private final ClientTable table;
    private final ReportPeriod period;
    private final int churnDays;
    private final int n;
    private final long[] received;
    private final long[][] byService;
    private final int[] renewals;
    private final int[] newClients;
    private final int[] churned;
    private final BitSet[] due;
    private final BitSet[] renewed;
    private final BitSet paying = new BitSet();
    private final long[] byPlan;
    private long expectedCents;
    private int expectedClients;

    ReportTally(ClientTable table, ReportPeriod period, int churnDays) {
        this.table = table;
        this.period = period;
        this.churnDays = churnDays;
        n = period.months();
        received = new long[n];
        byService = new long[ReportGroups.SERVICES.size()][n];
        renewals = new int[n];
        byPlan = new long[table.planNames().size()];
        newClients = new int[n];
        churned = new int[n];
        due = new BitSet[n];
        renewed = new BitSet[n];
        for (int i = 0; i < n; i++) {
            due[i] = new BitSet();
            renewed[i] = new BitSet();
        }
    }

    @Override
    public void paid(String clientId, LocalDate date, long cents, LocalDate previousDueDate) {
        int c = table.numberOf(clientId);
        if (!table.kept(c)) {
            return;
        }
        int dueMonth = period.indexOf(previousDueDate);
        if (dueMonth >= 0) {
            due[dueMonth].set(c);
            renewed[dueMonth].set(c);
        }
        int m = period.indexOf(date);
        if (m < 0) {
            return; // paid before the period, for a due date inside it
        }
        received[m] += cents;
        renewals[m]++;
        byService[table.serviceNumber(c)][m] += cents;
        byPlan[table.planNumber(c)] += cents;
        paying.set(c);
    }

    /** The clients' side: new, lost, still due without paying, and due in the next 30 days. */
    void countClients() {
        LocalDate today = period.today();
        for (int c = 0; c < table.known(); c++) {
            if (!table.kept(c)) {
                continue;
            }
            Client client = table.client(c);
            if (client.createdAt() != null) {
                int m = period.indexOf(client.createdAt().toLocalDate());
                if (m >= 0) {
                    newClients[m]++;
                }
            }
            int lost = period.indexOf(ReportService.churnDate(client, today, churnDays));
            if (lost >= 0) {
                churned[lost]++;
            }
            LocalDate dueDate = client.dueDate();
            // unpaid counts as not renewed once the due day is over: most clients pay on the day itself
            if (dueDate != null && dueDate.isBefore(today)) {
                int m = period.indexOf(dueDate);
                if (m >= 0) {
                    due[m].set(c);
                }
            }
            if (client.active() && dueDate != null && !dueDate.isBefore(today) && dueDate.isBefore(today.plusDays(30))) {
                expectedClients++;
                expectedCents += client.value() == null ? 0 : client.value().movePointRight(2).longValue();
            }
        }
    }

    List<MonthFigures> months() {
        List<MonthFigures> months = new ArrayList<>(n);
        for (int m = 0; m < n; m++) {
            Map<String, BigDecimal> services = new LinkedHashMap<>();
            for (int s = 0; s < ReportGroups.SERVICES.size(); s++) {
                services.put(ReportGroups.SERVICES.get(s), money(byService[s][m]));
            }
            months.add(new MonthFigures(period.month(m), money(received[m]), services, renewals[m], newClients[m],
                    churned[m], due[m].cardinality(), renewed[m].cardinality()));
        }
        return months;
    }

    Map<String, BigDecimal> byPlan() {
        Map<String, Long> sums = new HashMap<>();
        for (int p = 0; p < byPlan.length; p++) {
            if (byPlan[p] != 0) {
                sums.put(table.planNames().get(p), byPlan[p]);
            }
        }
        Map<String, BigDecimal> plans = new LinkedHashMap<>();
        sums.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder())
                        .thenComparing(Map.Entry.comparingByKey()))
                .forEach(e -> plans.put(e.getKey(), money(e.getValue())));
        return plans;
    }

    BigDecimal expected() {
        return money(expectedCents);
    }

    int expectedClients() {
        return expectedClients;
    }

    int payingClients() {
        return paying.cardinality();
    }

    static BigDecimal money(long cents) {
        return BigDecimal.valueOf(cents, 2);
    }

}
