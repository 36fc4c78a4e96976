package com.botclientemanager.clients.internal;

import com.botclientemanager.clients.Billing;
import com.botclientemanager.clients.Client;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.Period;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import java.util.UUID;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads and writes one client of the seed app's {@code clients.json}. Reading is lenient (a missing or unreadable field
 * becomes null, never an error). Writing overlays only the fields whose value changed onto the client's original JSON
 * object, so every unknown field, and every known field in a format this app would write differently (a price stored
 * as "29,90", a date-time without microseconds), stays exactly as it was.
 */
public final class ClientCodec {

    static final String ID = "id";
    static final String NAME = "name";
    static final String PHONE = "phone";
    static final String PLAN_TYPE = "plan_type";
    static final String VALUE = "value";
    static final String PLAN_DURATION = "plan_duration";
    static final String REMINDER_3DAYS = "reminder_time_3days";
    static final String REMINDER_PAYMENT = "reminder_time_payment";
    static final String MESSAGE_3DAYS = "custom_message_3days";
    static final String MESSAGE_PAYMENT = "custom_message_payment";
    static final String CREATED_AT = "created_at";
    static final String PLAN_NAME = "plan_name";
    static final String NOTES = "notes";
    static final String ACTIVE = "active";
    static final String REMINDERS_ENABLED = "reminders_enabled";
    // Not "renewal_days": later versions of the seed app use that name with another meaning.
    static final String RENEWAL_MONTHS = "renewal_period_months";
    static final String RENEWAL_DAYS = "renewal_period_days";
    static final String NOT_ON_WHATSAPP = "not_on_whatsapp";
    static final String PLAN_ID = "plan_id";
    static final String NEXT_VALUE = "next_value";
    static final String PAID_TOWARD_DUE = "paid_toward_due";

    /** The seed app's defaults for the reminder times (it splits them on ':' and fails on anything else). */
    static final String SEED_TIME_BEFORE_DUE = "09:00";
    static final String SEED_TIME_DUE_DAY = "10:00";

    private static final DateTimeFormatter CREATED_AT_FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSS");
    private static final DateTimeFormatter TIME_FORMAT = DateTimeFormatter.ofPattern("HH:mm");
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private ClientCodec() {
    }

    /** The id a client is known by; a stored client without one gets a stable id derived from its content. */
    public static String idOf(JsonNode node) {
        String id = Lenient.text(node.get(ID));
        if (id != null && !id.isBlank()) {
            return id;
        }
        return "sem-id-" + UUID.nameUUIDFromBytes(node.toString().getBytes(StandardCharsets.UTF_8));
    }

    public static Client decode(ObjectNode node) {
        Integer months = Lenient.integer(node.get(RENEWAL_MONTHS));
        Integer days = Lenient.integer(node.get(RENEWAL_DAYS));
        Period renewal = months != null && months > 0 ? Period.ofMonths(months)
                : days != null && days > 0 ? Period.ofDays(days) : null;
        return OlderBotFields.read(node, new Client(idOf(node), Lenient.text(node.get(NAME)), Lenient.text(node.get(PHONE)),
                Lenient.text(node.get(PLAN_TYPE)), Lenient.decimal(node.get(VALUE)), Lenient.date(node.get(PLAN_DURATION)),
                Lenient.time(node.get(REMINDER_3DAYS)), Lenient.time(node.get(REMINDER_PAYMENT)),
                Lenient.text(node.get(MESSAGE_3DAYS)), Lenient.text(node.get(MESSAGE_PAYMENT)),
                Lenient.dateTime(node.get(CREATED_AT)), Lenient.text(node.get(PLAN_NAME)), Lenient.text(node.get(NOTES)),
                Lenient.bool(node.get(ACTIVE), true), Lenient.bool(node.get(REMINDERS_ENABLED), true), renewal,
                Lenient.bool(node.get(NOT_ON_WHATSAPP), false)).withBilling(new Billing(Lenient.text(node.get(PLAN_ID)),
                Lenient.decimal(node.get(NEXT_VALUE)), Lenient.decimal(node.get(PAID_TOWARD_DUE)))));
    }

    /** A new JSON object for a client, with every field the seed app needs, in the seed app's order. */
    public static ObjectNode create(Client client) {
        ObjectNode node = NODES.objectNode();
        node.put(ID, client.id());
        node.put(NAME, nonNull(client.name()));
        node.put(PHONE, nonNull(client.phone()));
        node.put(PLAN_TYPE, nonNull(client.service()));
        node.put(VALUE, client.value() == null ? BigDecimal.ZERO : client.value());
        node.put(PLAN_DURATION, client.dueDate() == null ? "" : client.dueDate().toString());
        node.put(REMINDER_3DAYS, client.reminderTimeBeforeDue() == null ? SEED_TIME_BEFORE_DUE
                : TIME_FORMAT.format(client.reminderTimeBeforeDue()));
        node.put(REMINDER_PAYMENT, client.reminderTimeDueDay() == null ? SEED_TIME_DUE_DAY
                : TIME_FORMAT.format(client.reminderTimeDueDay()));
        node.put(MESSAGE_3DAYS, nonNull(client.customMessageBeforeDue()));
        node.put(MESSAGE_PAYMENT, nonNull(client.customMessageDueDay()));
        node.put(CREATED_AT, CREATED_AT_FORMAT.format(client.createdAt() == null ? LocalDateTime.now() : client.createdAt()));
        overlay(client, node);
        return node;
    }

    /**
     * Writes into {@code node} (the client's stored object, modified in place) each field whose value differs from what
     * {@code node} holds now. A null in {@code client} never removes what the file holds.
     */
    public static void overlay(Client client, ObjectNode node) {
        client = OlderBotFields.overlay(client, node);
        Client stored = decode(node);
        if (!client.id().equals(Lenient.text(node.get(ID)))) {
            // also fixes the id of a client stored without one, so it keeps the id it was listed with
            node.put(ID, client.id());
        }
        text(node, NAME, stored.name(), client.name());
        text(node, PHONE, stored.phone(), client.phone());
        text(node, PLAN_TYPE, stored.service(), client.service());
        if (client.value() != null && (stored.value() == null || client.value().compareTo(stored.value()) != 0)) {
            node.put(VALUE, client.value());
        }
        if (client.dueDate() != null && !client.dueDate().equals(stored.dueDate())) {
            node.put(PLAN_DURATION, client.dueDate().toString());
        }
        if (client.reminderTimeBeforeDue() != null && !client.reminderTimeBeforeDue().equals(stored.reminderTimeBeforeDue())) {
            node.put(REMINDER_3DAYS, TIME_FORMAT.format(client.reminderTimeBeforeDue()));
        }
        if (client.reminderTimeDueDay() != null && !client.reminderTimeDueDay().equals(stored.reminderTimeDueDay())) {
            node.put(REMINDER_PAYMENT, TIME_FORMAT.format(client.reminderTimeDueDay()));
        }
        text(node, MESSAGE_3DAYS, stored.customMessageBeforeDue(), client.customMessageBeforeDue());
        text(node, MESSAGE_PAYMENT, stored.customMessageDueDay(), client.customMessageDueDay());
        if (client.createdAt() != null && !client.createdAt().equals(stored.createdAt())) {
            node.put(CREATED_AT, CREATED_AT_FORMAT.format(client.createdAt()));
        }
        text(node, PLAN_NAME, stored.planName(), client.planName());
        text(node, NOTES, stored.notes(), client.notes());
        bool(node, ACTIVE, stored.active(), client.active());
        bool(node, REMINDERS_ENABLED, stored.remindersEnabled(), client.remindersEnabled());
        bool(node, NOT_ON_WHATSAPP, stored.notOnWhatsApp(), client.notOnWhatsApp());
        if (client.billing() != null) {
            overlay(client.billing(), stored.billingOrNone(), node);
        }
        if (client.renewalPeriod() != null && !client.renewalPeriod().equals(stored.renewalPeriod())) {
            Period period = client.renewalPeriod().normalized();
            if (period.getDays() == 0 && period.toTotalMonths() > 0) {
                node.put(RENEWAL_MONTHS, (int) period.toTotalMonths());
                node.remove(RENEWAL_DAYS);
            } else {
                node.put(RENEWAL_DAYS, period.getDays());
                node.remove(RENEWAL_MONTHS);
            }
        }
    }

    /** The billing fields are written only when set, and removed when cleared. */
    private static void overlay(Billing billing, Billing stored, ObjectNode node) {
        if (!Objects.equals(billing.planId(), stored.planId())) {
            putOrRemove(node, PLAN_ID, billing.planId());
        }
        if (!sameAmount(billing.nextValue(), stored.nextValue())) {
            putOrRemove(node, NEXT_VALUE, billing.nextValue());
        }
        if (!sameAmount(billing.paidTowardDue(), stored.paidTowardDue())) {
            putOrRemove(node, PAID_TOWARD_DUE, billing.paidTowardDue());
        }
    }

    private static boolean sameAmount(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }

    private static void putOrRemove(ObjectNode node, String field, Object value) {
        if (value == null) {
            node.remove(field);
        } else if (value instanceof BigDecimal amount) {
            node.put(field, amount);
        } else {
            node.put(field, value.toString());
        }
    }

    private static void text(ObjectNode node, String field, String stored, String value) {
        if (value != null && !Objects.equals(stored, value)) {
            node.put(field, value);
        }
    }

    private static void bool(ObjectNode node, String field, boolean stored, boolean value) {
        if (stored != value || (node.has(field) && !node.get(field).isBoolean())) {
            node.put(field, value);
        }
    }

    private static String nonNull(String text) {
        return text == null ? "" : text;
    }
}
