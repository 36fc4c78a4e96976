package com.botclientemanager.clients.adapter;

import com.botclientemanager.clients.Client;
import com.botclientemanager.clients.ClientDirectory;
import com.botclientemanager.plans.PlanClients;
import com.botclientemanager.plans.PriceChange;
import java.math.BigDecimal;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The clients on a catalogue plan. A client pays the plan's price while its own price equals it; a client whose price
 * was set apart from the plan's keeps it through every plan price change.
 */
@Component
class CataloguePlanClients implements PlanClients {

    private final ClientDirectory clients;

    CataloguePlanClients(ClientDirectory clients) {
        this.clients = clients;
    }

    @Override
    public int count(String planId) {
        return on(planId).size();
    }

    @Override
    public synchronized void priceChanged(String planId, BigDecimal oldPrice, BigDecimal newPrice, PriceChange when) {
        if (when == PriceChange.NOT_AT_ALL) {
            return;
        }
        List<Client> changed = on(planId).stream()
                .filter(c -> c.value() != null && c.value().compareTo(oldPrice) == 0)
                .map(c -> when == PriceChange.NOW
                        ? c.withValue(newPrice).withBilling(c.billingOrNone().withNextValue(null))
                        : c.withBilling(c.billingOrNone().withNextValue(newPrice)))
                .toList();
        clients.saveAll(changed);
    }

    @Override
    public synchronized void renamed(String planId, String newName) {
        clients.saveAll(on(planId).stream().map(c -> c.withPlanName(newName)).toList());
    }

    private List<Client> on(String planId) {
        return clients.all().stream().filter(c -> planId.equals(c.billingOrNone().planId())).toList();
    }
}
