package com.botclientemanager.clients.internal;

import com.botclientemanager.clients.Client;
import com.botclientemanager.clients.PaymentStatus;
import java.time.Period;
import java.util.Objects;
import tools.jackson.databind.node.ObjectNode;

/**
 * The fields later versions of the older bot added to a client in {@code clients.json}, read as this app's concepts and
 * written back in that bot's names and types so it can still read the file: {@code observations} are the notes,
 * {@code renewal_days} the renewal period, {@code payment_status} "paid" a payment of the current due date,
 * {@code server} the client's server. Fields this app does not use ({@code last_renewal_date}, {@code renewal_history})
 * are kept as they are.
 */
final class OlderBotFields {

    static final String SERVER = "server";
    static final String PAYMENT_STATUS = "payment_status";
    static final String OBSERVATIONS = "observations";
    static final String RENEWAL_DAYS = "renewal_days";
    private static final int DAYS_A_MONTH = 30;
    private static final int DAYS_A_YEAR = 365;

    private OlderBotFields() {
    }

    /** {@code client} as decoded from the app's own fields, completed with the older bot's ones where those are unset. */
    static Client read(ObjectNode node, Client client) {
        String notes = client.notes() != null ? client.notes() : Lenient.text(node.get(OBSERVATIONS));
        Period renewal = client.renewalPeriod() != null ? client.renewalPeriod() : period(Lenient.integer(node.get(RENEWAL_DAYS)));
        return new Client(client.id(), client.name(), client.phone(), client.service(), client.value(), client.dueDate(),
                client.reminderTimeBeforeDue(), client.reminderTimeDueDay(), client.customMessageBeforeDue(),
                client.customMessageDueDay(), client.createdAt(), client.planName(), notes, client.active(),
                client.remindersEnabled(), renewal, client.notOnWhatsApp(), Lenient.text(node.get(SERVER)),
                PaymentStatus.fromJson(Lenient.text(node.get(PAYMENT_STATUS))).orElse(null), client.billing());
    }

    /**
     * Writes the older bot's fields of {@code client} into {@code node} where they changed, and returns the client with
     * the notes and renewal period it stored in the older names set back to what the file holds, so the app's own
     * names are not added beside them. A new due date turns "paid" into "pending": the mark was for the old one.
     */
    static Client overlay(Client client, ObjectNode node) {
        Client stored = ClientCodec.decode(node);
        PaymentStatus status = client.paymentStatus() != null ? client.paymentStatus() : stored.paymentStatus();
        if (status == PaymentStatus.PAID && client.dueDate() != null && stored.dueDate() != null
                && !client.dueDate().equals(stored.dueDate())) {
            status = PaymentStatus.PENDING;
        }
        if (status != null && status != stored.paymentStatus()) {
            node.put(PAYMENT_STATUS, status.json());
        }
        if (client.server() != null && !client.server().equals(stored.server())) {
            node.put(SERVER, client.server());
        }
        boolean olderNotes = node.has(OBSERVATIONS) && !node.has(ClientCodec.NOTES);
        if (olderNotes && client.notes() != null && !client.notes().equals(stored.notes())) {
            node.put(OBSERVATIONS, client.notes());
        }
        boolean olderRenewal = node.has(RENEWAL_DAYS) && !node.has(ClientCodec.RENEWAL_MONTHS)
                && !node.has(ClientCodec.RENEWAL_DAYS);
        if (olderRenewal && client.renewalPeriod() != null && !client.renewalPeriod().equals(stored.renewalPeriod())) {
            node.put(RENEWAL_DAYS, days(client.renewalPeriod()));
        }
        Client written = ClientCodec.decode(node);
        String notes = olderNotes ? written.notes() : client.notes();
        Period renewal = olderRenewal ? written.renewalPeriod() : client.renewalPeriod();
        if (Objects.equals(notes, client.notes()) && Objects.equals(renewal, client.renewalPeriod())) {
            return client;
        }
        return new Client(client.id(), client.name(), client.phone(), client.service(), client.value(), client.dueDate(),
                client.reminderTimeBeforeDue(), client.reminderTimeDueDay(), client.customMessageBeforeDue(),
                client.customMessageDueDay(), client.createdAt(), client.planName(), notes, client.active(),
                client.remindersEnabled(), renewal, client.notOnWhatsApp(), client.server(), client.paymentStatus(),
                client.billing());
    }

    /** The older bot counts renewals in days: 30 is a month, 365 a year; other counts stay days. */
    static Period period(Integer days) {
        if (days == null || days <= 0) {
            return null;
        }
        if (days == DAYS_A_YEAR) {
            return Period.ofMonths(12);
        }
        return days % DAYS_A_MONTH == 0 ? Period.ofMonths(days / DAYS_A_MONTH) : Period.ofDays(days);
    }

    static int days(Period period) {
        Period normalised = period.normalized();
        if (normalised.getDays() == 0 && normalised.toTotalMonths() == 12) {
            return DAYS_A_YEAR;
        }
        return (int) normalised.toTotalMonths() * DAYS_A_MONTH + normalised.getDays();
    }
}
