package com.botclientemanager.clients;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.Period;
import java.util.Objects;

/**
 * A client as kept in the seed app's {@code clients.json}, plus this app's own fields (stored beside them).
 *
 * @param id                     UUID string (seed {@code id})
 * @param name                   seed {@code name}
 * @param phone                  digits, country code first (seed {@code phone}); kept as stored
 * @param service                IPTV, VPN or free text (seed {@code plan_type})
 * @param value                  the price in BRL (seed {@code value}); null when missing or unreadable in the file
 * @param dueDate                the due/expiry date (seed {@code plan_duration}); null when missing or unreadable
 * @param reminderTimeBeforeDue  seed {@code reminder_time_3days}, null when unset
 * @param reminderTimeDueDay     seed {@code reminder_time_payment}, null when unset
 * @param customMessageBeforeDue seed {@code custom_message_3days}, may be empty
 * @param customMessageDueDay    seed {@code custom_message_payment}, may be empty
 * @param createdAt              seed {@code created_at}
 * @param planName               {@code plan_name}: the plan's name shown to the client, may be null
 * @param notes                  {@code notes}: free notes, may be null
 * @param active                 {@code active}, default true
 * @param remindersEnabled       {@code reminders_enabled}, default true
 * @param renewalPeriod          months or days added on renewal ({@code renewal_period_months}/{@code _days}), null when unset
 * @param notOnWhatsApp          {@code not_on_whatsapp}: the number has no WhatsApp account
 * @param server                 the older bot's {@code server} (e.g. "UltraPlay"), null when unset
 * @param paymentStatus          the older bot's {@code payment_status}, null when unset
 * @param billing                catalogue plan, pending price and partial payments; null keeps the stored ones on save
 */
public record Client(String id, String name, String phone, String service, BigDecimal value, LocalDate dueDate,
        LocalTime reminderTimeBeforeDue, LocalTime reminderTimeDueDay, String customMessageBeforeDue,
        String customMessageDueDay, LocalDateTime createdAt, String planName, String notes, boolean active,
        boolean remindersEnabled, Period renewalPeriod, boolean notOnWhatsApp, String server,
        PaymentStatus paymentStatus, Billing billing) {

    public Client {
        Objects.requireNonNull(id, "id");
    }

    /** A client without the older bot's server and payment status (null: the stored ones are kept on save). */
    public Client(String id, String name, String phone, String service, BigDecimal value, LocalDate dueDate,
            LocalTime reminderTimeBeforeDue, LocalTime reminderTimeDueDay, String customMessageBeforeDue,
            String customMessageDueDay, LocalDateTime createdAt, String planName, String notes, boolean active,
            boolean remindersEnabled, Period renewalPeriod, boolean notOnWhatsApp) {
        this(id, name, phone, service, value, dueDate, reminderTimeBeforeDue, reminderTimeDueDay, customMessageBeforeDue,
                customMessageDueDay, createdAt, planName, notes, active, remindersEnabled, renewalPeriod, notOnWhatsApp,
                null, null, null);
    }

    /** A client without plan, pending price or partial payments given (null: the stored ones are kept on save). */
    public Client(String id, String name, String phone, String service, BigDecimal value, LocalDate dueDate,
            LocalTime reminderTimeBeforeDue, LocalTime reminderTimeDueDay, String customMessageBeforeDue,
            String customMessageDueDay, LocalDateTime createdAt, String planName, String notes, boolean active,
            boolean remindersEnabled, Period renewalPeriod, boolean notOnWhatsApp, String server,
            PaymentStatus paymentStatus) {
        this(id, name, phone, service, value, dueDate, reminderTimeBeforeDue, reminderTimeDueDay, customMessageBeforeDue,
                customMessageDueDay, createdAt, planName, notes, active, remindersEnabled, renewalPeriod, notOnWhatsApp,
                server, paymentStatus, null);
    }

    /** The billing fields, none when not given. */
    public Billing billingOrNone() {
        return billing == null ? Billing.NONE : billing;
    }

    /** What is still owed for the current period: the price less the partial payments made towards it. */
    public BigDecimal balance() {
        return value == null ? null : value.subtract(billingOrNone().paid()).max(BigDecimal.ZERO);
    }

    public Client withBilling(Billing newBilling) {
        return new Client(id, name, phone, service, value, dueDate, reminderTimeBeforeDue, reminderTimeDueDay,
                customMessageBeforeDue, customMessageDueDay, createdAt, planName, notes, active, remindersEnabled,
                renewalPeriod, notOnWhatsApp, server, paymentStatus, newBilling);
    }

    public Client withPlanName(String newPlanName) {
        return new Client(id, name, phone, service, value, dueDate, reminderTimeBeforeDue, reminderTimeDueDay,
                customMessageBeforeDue, customMessageDueDay, createdAt, newPlanName, notes, active, remindersEnabled,
                renewalPeriod, notOnWhatsApp, server, paymentStatus, billing);
    }

    /** Marked paid for its current due date (the older bot's "paid"): no reminder for that due date. */
    public boolean paidForDueDate() {
        return paymentStatus == PaymentStatus.PAID;
    }

    /** The same client with the older bot's fields as read from the file. */
    public Client withOlderBotFields(String newServer, PaymentStatus newPaymentStatus) {
        return new Client(id, name, phone, service, value, dueDate, reminderTimeBeforeDue, reminderTimeDueDay,
                customMessageBeforeDue, customMessageDueDay, createdAt, planName, notes, active, remindersEnabled,
                renewalPeriod, notOnWhatsApp, newServer, newPaymentStatus, billing);
    }

    /** The renewal period, monthly when none is set. */
    public Period renewalPeriodOrMonthly() {
        return renewalPeriod == null || renewalPeriod.isZero() ? Period.ofMonths(1) : renewalPeriod;
    }

    public Client withName(String newName) {
        return new Client(id, newName, phone, service, value, dueDate, reminderTimeBeforeDue, reminderTimeDueDay,
                customMessageBeforeDue, customMessageDueDay, createdAt, planName, notes, active, remindersEnabled,
                renewalPeriod, notOnWhatsApp, server, paymentStatus, billing);
    }

    /** A new due date is a new period to pay for: a "paid" mark of the old one becomes "pending". */
    public Client withDueDate(LocalDate newDueDate) {
        PaymentStatus status = paymentStatus == PaymentStatus.PAID && !Objects.equals(newDueDate, dueDate)
                ? PaymentStatus.PENDING : paymentStatus;
        return new Client(id, name, phone, service, value, newDueDate, reminderTimeBeforeDue, reminderTimeDueDay,
                customMessageBeforeDue, customMessageDueDay, createdAt, planName, notes, active, remindersEnabled,
                renewalPeriod, notOnWhatsApp, server, status, billing);
    }

    public Client withValue(BigDecimal newValue) {
        return new Client(id, name, phone, service, newValue, dueDate, reminderTimeBeforeDue, reminderTimeDueDay,
                customMessageBeforeDue, customMessageDueDay, createdAt, planName, notes, active, remindersEnabled,
                renewalPeriod, notOnWhatsApp, server, paymentStatus, billing);
    }

    public Client withActive(boolean newActive) {
        return new Client(id, name, phone, service, value, dueDate, reminderTimeBeforeDue, reminderTimeDueDay,
                customMessageBeforeDue, customMessageDueDay, createdAt, planName, notes, newActive, remindersEnabled,
                renewalPeriod, notOnWhatsApp, server, paymentStatus, billing);
    }

    public Client withRemindersEnabled(boolean enabled) {
        return new Client(id, name, phone, service, value, dueDate, reminderTimeBeforeDue, reminderTimeDueDay,
                customMessageBeforeDue, customMessageDueDay, createdAt, planName, notes, active, enabled,
                renewalPeriod, notOnWhatsApp, server, paymentStatus, billing);
    }

    public Client withNotOnWhatsApp(boolean flag) {
        return new Client(id, name, phone, service, value, dueDate, reminderTimeBeforeDue, reminderTimeDueDay,
                customMessageBeforeDue, customMessageDueDay, createdAt, planName, notes, active, remindersEnabled,
                renewalPeriod, flag, server, paymentStatus, billing);
    }
}
