package com.botclientemanager.clients;

/**
 * What the client list shows: a search text (name, phone, plan; accents and case ignored), a status chip and a service
 * chip. {@link #ALL} shows everyone.
 */
public record ClientFilter(String text, StatusFilter status, ServiceType service) {

    public static final ClientFilter ALL = new ClientFilter("", StatusFilter.ALL, null);

    public ClientFilter {
        text = text == null ? "" : text.strip();
        status = status == null ? StatusFilter.ALL : status;
    }

    public ClientFilter withText(String newText) {
        return new ClientFilter(newText, status, service);
    }

    public ClientFilter withStatus(StatusFilter newStatus) {
        return new ClientFilter(text, newStatus, service);
    }

    /** {@code null} for every service. */
    public ClientFilter withService(ServiceType newService) {
        return new ClientFilter(text, status, newService);
    }

    /** The status chips of the list. */
    public enum StatusFilter {
        ALL, ACTIVE, DUE_SOON, DUE_TODAY, OVERDUE, INACTIVE;

        boolean accepts(ClientStatus status) {
            return switch (this) {
                case ALL -> true;
                case ACTIVE -> status != ClientStatus.INACTIVE;
                case DUE_SOON -> status == ClientStatus.DUE_SOON;
                case DUE_TODAY -> status == ClientStatus.DUE_TODAY;
                case OVERDUE -> status == ClientStatus.OVERDUE;
                case INACTIVE -> status == ClientStatus.INACTIVE;
            };
        }
    }
}
