package com.botclientemanager.plans;

/** What a new plan price does to the clients already on the plan. */
public enum PriceChange {
    /** Their price changes now. */
    NOW,
    /** Their price changes when their next payment renews them. */
    NEXT_RENEWAL,
    /** They keep their price; only clients who pick the plan from now on pay the new one. */
    NOT_AT_ALL
}
