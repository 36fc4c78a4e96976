package com.botclientemanager.clients;

import com.botclientemanager.templates.MessageData;
import java.time.LocalDate;

/** The values a message's placeholders take for one client: the one mapping used by reminders and the preview. */
public final class ClientMessageData {

    private ClientMessageData() {
    }

    public static MessageData of(Client client, LocalDate today) {
        String plan = client.planName() != null && !client.planName().isBlank() ? client.planName() : client.service();
        return new MessageData(client.name(), client.phone(), client.service(), plan, client.value(), client.dueDate(),
                today, null);
    }
}
