package com.botclientemanager.clients;

import com.botclientemanager.access.AccessData;
import com.botclientemanager.access.AccessService;
import com.botclientemanager.templates.MessageData;
import java.time.LocalDate;
import java.util.Optional;

/** The values a message's placeholders take for one client: the one mapping used by reminders and the preview. */
public final class ClientMessageData {

    private ClientMessageData() {
    }

    public static MessageData of(Client client, LocalDate today) {
        return of(client, today, null);
    }

    /** The values for a renewal confirmation: {@code newDueDate} fills {nova_data}. */
    public static MessageData of(Client client, LocalDate today, LocalDate newDueDate) {
        return new MessageData(client.name(), client.phone(), client.service(),
                plan(client.planName(), client.service()), client.value(), client.dueDate(), today, newDueDate)
                .withServer(client.server()).withBalance(client.balance());
    }

    /**
     * The values with the client's access data for {usuario} and {senha} when the person switched "incluir dados de
     * acesso" on for this client ({@link AccessService#forMessages}); without it those stay empty.
     */
    public static MessageData withAccess(MessageData data, Optional<AccessData> access) {
        return access.map(a -> data.withAccess(a.username(), a.password())).orElse(data);
    }

    /** For a preview on screen: {usuario} and {senha} show "••••" when they would be filled, never the values. */
    public static MessageData withMaskedAccess(MessageData data, AccessData stored) {
        return stored.includeInMessages() ? data.withAccess(stored.masked().username(), stored.masked().password()) : data;
    }

    /** The values of a client as typed in the form (not saved yet), for the live preview of the client's own messages. */
    public static MessageData of(ClientForm form, LocalDate today) {
        String service = form.serviceText();
        return new MessageData(form.getName() == null ? null : form.getName().strip(), form.getPhone(), service,
                plan(form.getPlanName(), service), form.getValue(), form.getDueDate(), today, null);
    }

    private static String plan(String planName, String service) {
        return planName != null && !planName.isBlank() ? planName.strip() : service;
    }
}
