package com.botclientemanager.clients.adapter;

import com.botclientemanager.clients.ClientCalendar;
import com.botclientemanager.clients.ClientDirectory;
import com.botclientemanager.clients.ClientMessageData;
import com.botclientemanager.templates.PreviewSubjects;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Component;

/** Lets the template editor preview a message for a real client. */
@Component
class ClientPreviewSubjects implements PreviewSubjects {

    private final ClientDirectory clients;
    private final ClientCalendar calendar;

    ClientPreviewSubjects(ClientDirectory clients, ClientCalendar calendar) {
        this.clients = clients;
        this.calendar = calendar;
    }

    @Override
    public List<PreviewSubject> search(String text, int limit) {
        var found = text == null || text.isBlank() ? clients.all() : clients.search(text);
        return found.stream()
                .sorted(Comparator.comparing(c -> c.name() == null ? "" : c.name(), String.CASE_INSENSITIVE_ORDER))
                .limit(limit)
                .map(c -> new PreviewSubject(c.id(), c.name(), ClientMessageData.of(c, calendar.today())))
                .toList();
    }
}
