package com.botclientemanager.plans;

import java.math.BigDecimal;
import java.time.Period;

/**
 * A plan of the catalogue.
 *
 * @param duration the renewal period: a number of months, or a number of days
 * @param screens  screens or connections the plan allows
 * @param active   an inactive plan is no longer offered to clients; the clients on it keep it
 */
public record Plan(String id, String name, PlanService service, BigDecimal price, Period duration, int screens,
        boolean active) {
}
