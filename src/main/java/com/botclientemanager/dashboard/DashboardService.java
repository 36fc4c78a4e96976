package com.botclientemanager.dashboard;

import com.botclientemanager.clients.Client;
import com.botclientemanager.clients.ClientDirectory;
import com.botclientemanager.clients.ClientStatus;
import com.botclientemanager.clients.ClientsProperties;
import com.botclientemanager.clients.PaymentService;
import com.botclientemanager.clients.PaymentTotals;
import com.botclientemanager.dashboard.DashboardFigures.DayMessages;
import com.botclientemanager.dashboard.DashboardFigures.MonthRevenue;
import com.botclientemanager.whatsapp.MessageLog;
import com.botclientemanager.whatsapp.MessageStatus;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/** Computes the dashboard's figures in one pass over the clients, the payments and the message log. */
@Service
public class DashboardService {

    static final String OTHER_SERVICE = "OTHER";

    private final ClientDirectory clients;
    private final MessageLog messages;
    private final PaymentService payments;
    private final Clock clock;
    private final ZoneId zone;
    private final int dueSoonDays;

    public DashboardService(ClientDirectory clients, MessageLog messages, PaymentService payments, Clock clock,
            @Value("${app.reminders.zone:America/Sao_Paulo}") ZoneId zone, ClientsProperties clientsProperties) {
        this.clients = clients;
        this.dueSoonDays = clientsProperties.dueSoonDays();
        this.messages = messages;
        this.payments = payments;
        this.clock = clock;
        this.zone = zone;
    }

    public DashboardFigures figures() {
        LocalDate today = LocalDate.now(clock.withZone(zone));
        YearMonth thisMonth = YearMonth.from(today);
        int active = 0;
        int dueSoon = 0;
        int dueToday = 0;
        int overdue = 0;
        BigDecimal overdueAmount = BigDecimal.ZERO;
        Map<String, Integer> byService = new LinkedHashMap<>();
        byService.put("IPTV", 0);
        byService.put("VPN", 0);
        byService.put(OTHER_SERVICE, 0);
        int[] next30 = new int[30];
        Map<YearMonth, BigDecimal> expectedByMonth = new LinkedHashMap<>();
        for (Client client : clients.all()) {
            if (!client.active()) {
                continue;
            }
            active++;
            byService.merge(serviceGroup(client.service()), 1, Integer::sum);
            LocalDate due = client.dueDate();
            if (due == null) {
                continue;
            }
            BigDecimal value = client.value() == null ? BigDecimal.ZERO : client.value();
            // the same status as the client list's badge, so each card's count is the length of the list it opens
            switch (ClientStatus.of(client, today, dueSoonDays)) {
                case OVERDUE -> {
                    overdue++;
                    overdueAmount = overdueAmount.add(value);
                }
                case DUE_TODAY -> dueToday++;
                case DUE_SOON -> dueSoon++;
                default -> { }
            }
            long days = ChronoUnit.DAYS.between(today, due);
            if (days >= 0 && days < 30) {
                next30[(int) days]++;
            }
            expectedByMonth.merge(YearMonth.from(due), value, BigDecimal::add);
        }
        // a payment is revenue in the month it was made, and was expected in the month its period fell due
        PaymentTotals paid = payments.totals(thisMonth.minusMonths(11), thisMonth);
        paid.paidByDueMonth().forEach((month, amount) -> expectedByMonth.merge(month, amount, BigDecimal::add));
        List<MonthRevenue> revenue = new ArrayList<>();
        for (int i = 11; i >= 0; i--) {
            YearMonth month = thisMonth.minusMonths(i);
            revenue.add(new MonthRevenue(month, paid.received(month),
                    expectedByMonth.getOrDefault(month, BigDecimal.ZERO)));
        }
        MonthRevenue current = revenue.get(revenue.size() - 1);
        List<DayMessages> byDay = messagesByDay(today);
        DayMessages todays = byDay.get(byDay.size() - 1);
        return new DashboardFigures(today, active, dueSoonDays, dueSoon, dueToday, overdue, overdueAmount, current.expected(),
                current.received(), todays.sent() + todays.delivered(), todays.failed(), byService,
                Arrays.stream(next30).boxed().toList(), revenue, byDay);
    }

    /** The last 14 days of messages by outcome: sent, delivered (or read), simulated, failed. */
    private List<DayMessages> messagesByDay(LocalDate today) {
        Map<LocalDate, Map<MessageStatus, Integer>> counts = messages.countsByDay(today.minusDays(13), zone);
        List<DayMessages> days = new ArrayList<>();
        for (int i = 13; i >= 0; i--) {
            LocalDate day = today.minusDays(i);
            Map<MessageStatus, Integer> c = counts.getOrDefault(day, Map.of());
            days.add(new DayMessages(day, c.getOrDefault(MessageStatus.SENT, 0),
                    c.getOrDefault(MessageStatus.DELIVERED, 0) + c.getOrDefault(MessageStatus.READ, 0),
                    c.getOrDefault(MessageStatus.FAILED, 0), c.getOrDefault(MessageStatus.SIMULATED, 0)));
        }
        return days;
    }

    static String serviceGroup(String service) {
        String normalised = service == null ? "" : service.strip().toUpperCase(Locale.ROOT);
        return normalised.equals("IPTV") || normalised.equals("VPN") ? normalised : OTHER_SERVICE;
    }
}
