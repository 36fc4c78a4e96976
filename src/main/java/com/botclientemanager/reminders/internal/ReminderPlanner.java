package com.botclientemanager.reminders.internal;

import com.botclientemanager.clients.Client;
import com.botclientemanager.reminders.PlannedReminder;
import com.botclientemanager.reminders.ReminderKey;
import com.botclientemanager.templates.MessageTemplate;
import com.botclientemanager.templates.ServiceFilter;
import com.botclientemanager.templates.TemplateKind;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The rules: for each active client with reminders on and each active reminder template whose offset matches (due date
 * + offset = the planned day), one reminder goes out on the send day at the client's time for that kind. When several
 * templates match a client, the one for the client's service wins over the one for all services; a client never gets
 * more than one reminder a day.
 * A pure function of its inputs; the due-date index keeps it proportional to the clients concerned, not to all clients.
 */
public final class ReminderPlanner {

    private final SendingPolicy policy;
    private final LocalTime defaultTime;

    public ReminderPlanner(SendingPolicy policy, LocalTime defaultTime) {
        this.policy = policy;
        this.defaultTime = defaultTime;
    }

    /**
     * @param clientsDueOn the clients whose due date is the given day (the directory's due-date index)
     */
    public List<PlannedReminder> plan(LocalDate sendDay, List<MessageTemplate> templates,
            Function<LocalDate, List<Client>> clientsDueOn) {
        Map<String, Candidate> chosen = new HashMap<>();
        for (LocalDate planned : policy.plannedDaysSentOn(sendDay)) {
            for (MessageTemplate template : templates) {
                if (!isReminder(template)) {
                    continue;
                }
                int offset = template.offsetDays();
                for (Client client : clientsDueOn.apply(planned.minusDays(offset))) {
                    if (!receivesReminders(client) || !matches(template.service(), client.service())) {
                        continue;
                    }
                    // one reminder per client and send day: when a day without sending pushes two onto the same day,
                    // the later one (e.g. "venceu" over "vence hoje") is the one that is still true
                    Candidate candidate = new Candidate(client, template, planned, specificity(template.service()));
                    chosen.merge(client.id(), candidate, ReminderPlanner::preferred);
                }
            }
        }
        List<PlannedReminder> reminders = new ArrayList<>(chosen.size());
        for (Candidate c : chosen.values()) {
            reminders.add(toReminder(c.client(), c.template(), sendDay));
        }
        reminders.sort(Comparator.comparing(PlannedReminder::sendAt).thenComparing(PlannedReminder::clientName,
                Comparator.nullsLast(Comparator.naturalOrder())));
        return reminders;
    }

    private PlannedReminder toReminder(Client client, MessageTemplate template, LocalDate sendDay) {
        LocalTime wanted = template.kind() == TemplateKind.BEFORE_DUE ? client.reminderTimeBeforeDue() : client.reminderTimeDueDay();
        String kind = template.kind().json();
        return new PlannedReminder(ReminderKey.of(client.id(), client.dueDate(), kind, template.offsetDays()),
                client.id(), client.name(), client.phone(), template.id(), kind, template.offsetDays(), client.dueDate(), sendDay,
                policy.sendAt(sendDay, wanted != null ? wanted : defaultTime));
    }

    static boolean isReminder(MessageTemplate template) {
        return template.active() && template.offsetDays() != null && template.kind().isReminder();
    }

    private static boolean receivesReminders(Client client) {
        return client.active() && client.remindersEnabled() && !client.notOnWhatsApp() && client.dueDate() != null
                && !client.paidForDueDate() && client.phone() != null && !client.phone().isBlank();
    }

    static boolean matches(ServiceFilter filter, String service) {
        return filter == null || filter.matches(service);
    }

    private static int specificity(ServiceFilter filter) {
        return filter == null || filter == ServiceFilter.ALL ? 0 : 1;
    }

    private static Candidate preferred(Candidate a, Candidate b) {
        if (!a.planned().equals(b.planned())) {
            return b.planned().isAfter(a.planned()) ? b : a;
        }
        return b.specificity() > a.specificity() ? b : a;
    }

    private record Candidate(Client client, MessageTemplate template, LocalDate planned, int specificity) {
    }
}
