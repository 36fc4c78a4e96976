package com.botclientemanager.plans;

import java.math.BigDecimal;

/** The clients on a plan, as the catalogue needs them; implemented by the clients module. */
public interface PlanClients {

    /** How many clients are on the plan. */
    int count(String planId);

    /**
     * A plan's price changed from {@code oldPrice} to {@code newPrice}: the clients on it who pay the plan's price (not
     * a price of their own) get the new one as {@code when} says.
     */
    void priceChanged(String planId, BigDecimal oldPrice, BigDecimal newPrice, PriceChange when);

    /** A plan was renamed: the clients on it show and send the new name ({plano}). */
    void renamed(String planId, String newName);
}
