package com.botclientemanager.clients;

import com.botclientemanager.templates.MessageData;
import java.time.LocalDate;

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
                plan(client.planName(), client.service()), client.value(), client.dueDate(), today, newDueDate,
                client.balance());
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
