/**
 * The plan catalogue: named plans with a service, a price, a duration and screens, kept in {@code plans.json}. Clients
 * pick a plan; how a price change reaches them is asked of the clients module through {@link PlanClients}.
 */
package com.botclientemanager.plans;
