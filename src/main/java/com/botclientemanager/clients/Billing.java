package com.botclientemanager.clients;

import java.math.BigDecimal;

/**
 * What a client's renewals owe beyond its price and due date, stored beside them in {@code clients.json} and written
 * only when set.
 *
 * @param planId        {@code plan_id}: the catalogue plan the client is on, or null
 * @param nextValue     {@code next_value}: the price that replaces the client's price at its next renewal, or null
 * @param paidTowardDue {@code paid_toward_due}: partial payments so far towards the period of the current due date
 */
public record Billing(String planId, BigDecimal nextValue, BigDecimal paidTowardDue) {

    public static final Billing NONE = new Billing(null, null, null);

    public Billing {
        planId = planId == null || planId.isBlank() ? null : planId.strip();
        paidTowardDue = paidTowardDue == null || paidTowardDue.signum() <= 0 ? null : paidTowardDue;
    }

    /** The partial payments towards the current period, zero when none. */
    public BigDecimal paid() {
        return paidTowardDue == null ? BigDecimal.ZERO : paidTowardDue;
    }

    public Billing withPlanId(String id) {
        return new Billing(id, nextValue, paidTowardDue);
    }

    public Billing withNextValue(BigDecimal value) {
        return new Billing(planId, value, paidTowardDue);
    }

    public Billing withPaid(BigDecimal paid) {
        return new Billing(planId, nextValue, paid);
    }
}
