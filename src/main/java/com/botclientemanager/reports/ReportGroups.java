package com.botclientemanager.reports;

import com.botclientemanager.clients.Client;
import java.util.List;
import java.util.Locale;

/**
 * How clients are grouped in the reports. By plan is by the client's plan name for now; when clients get a plan from the
 * catalogue, {@link #plan} is the one place to switch to it.
 */
public final class ReportGroups {

    public static final String IPTV = "IPTV";
    public static final String VPN = "VPN";
    public static final String OTHER = "OTHER";
    public static final List<String> SERVICES = List.of(IPTV, VPN, OTHER);

    private ReportGroups() {
    }

    /** IPTV, VPN or OTHER; a payment of a deleted client (null) is OTHER. */
    public static String service(Client client) {
        String normalised = client == null || client.service() == null ? ""
                : client.service().strip().toUpperCase(Locale.ROOT);
        return normalised.equals(IPTV) || normalised.equals(VPN) ? normalised : OTHER;
    }

    /** The plan the client's revenue counts under; {@link ReportFilter#NO_PLAN} without one (or deleted). */
    public static String plan(Client client) {
        return client == null || client.planName() == null ? ReportFilter.NO_PLAN : client.planName().strip();
    }

    static boolean matches(Client client, ReportFilter filter) {
        return (filter.service() == null || filter.service().equals(service(client)))
                && (filter.plan() == null || filter.plan().equals(plan(client)));
    }
}
