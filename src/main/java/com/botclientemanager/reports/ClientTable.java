package com.botclientemanager.reports;

import com.botclientemanager.clients.Client;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The clients numbered 0..n-1 for one report, with their group and whether the filter keeps them. A payment of a client
 * no longer in the list (deleted) gets the next number, no client, and counts only in the unfiltered report.
 */
final class ClientTable {

    private final ReportFilter filter;
    private final Map<String, Integer> numbers;
    private final List<Client> clients;
    private final List<String> services;
    private final List<String> plans;
    private final BitSet kept = new BitSet();
    private final int known;

    ClientTable(List<Client> all, ReportFilter filter) {
        this.filter = filter;
        numbers = HashMap.newHashMap(all.size());
        clients = new ArrayList<>(all.size());
        services = new ArrayList<>(all.size());
        plans = new ArrayList<>(all.size());
        for (Client client : all) {
            add(client.id(), client);
        }
        known = all.size();
    }

    private int add(String id, Client client) {
        int number = clients.size();
        numbers.put(id, number);
        clients.add(client);
        services.add(ReportGroups.service(client));
        plans.add(ReportGroups.plan(client));
        if (client == null ? filter.everything() : ReportGroups.matches(client, filter)) {
            kept.set(number);
        }
        return number;
    }

    int numberOf(String clientId) {
        Integer number = numbers.get(clientId);
        return number != null ? number : add(clientId, null);
    }

    /** How many clients the directory holds (deleted ones seen in payments come after them). */
    int known() {
        return known;
    }

    boolean kept(int number) {
        return kept.get(number);
    }

    /** The client, or null for a deleted one. */
    Client client(int number) {
        return clients.get(number);
    }

    String service(int number) {
        return services.get(number);
    }

    String plan(int number) {
        return plans.get(number);
    }
}
