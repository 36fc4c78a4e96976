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
    /** Each client's service group and plan as numbers, so a payment adds to an array slot instead of a map entry. */
    private int[] serviceNumbers;
    private int[] planNumbers;
    private final Map<String, Integer> planIndex = new HashMap<>();
    private final List<String> planNames = new ArrayList<>();
    private final BitSet kept = new BitSet();
    private final int known;

    ClientTable(List<Client> all, ReportFilter filter) {
        this.filter = filter;
        numbers = HashMap.newHashMap(all.size());
        clients = new ArrayList<>(all.size());
        serviceNumbers = new int[all.size() + 16];
        planNumbers = new int[all.size() + 16];
        planNumber(ReportFilter.NO_PLAN); // number 0: a deleted client's payments
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
        String service = ReportGroups.service(client);
        String plan = ReportGroups.plan(client);
        services.add(service);
        plans.add(plan);
        if (number == serviceNumbers.length) {
            serviceNumbers = java.util.Arrays.copyOf(serviceNumbers, number * 2);
            planNumbers = java.util.Arrays.copyOf(planNumbers, number * 2);
        }
        serviceNumbers[number] = ReportGroups.SERVICES.indexOf(service);
        planNumbers[number] = planNumber(plan);
        if (client == null ? filter.everything() : ReportGroups.matches(client, filter)) {
            kept.set(number);
        }
        return number;
    }

    private int planNumber(String plan) {
        return planIndex.computeIfAbsent(plan, p -> {
            planNames.add(p);
            return planNames.size() - 1;
        });
    }

    int serviceNumber(int number) {
        return serviceNumbers[number];
    }

    int planNumber(int number) {
        return planNumbers[number];
    }

    /** The plans seen among the clients, by plan number (0 is {@link ReportFilter#NO_PLAN}). */
    List<String> planNames() {
        return planNames;
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
