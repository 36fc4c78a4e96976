package com.botclientemanager.clients;

import com.botclientemanager.templates.TemplateService;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Service;

/**
 * Which placeholders in a client's own messages (the older bot's {@code custom_message_3days} and
 * {@code custom_message_payment}) a reminder could not fill for this client: a name this app does not know, or a known
 * one whose data the client lacks ({plan_duration} without a due date). A reminder with such a text is logged as failed
 * and never sent, so the list and the import flag them where the user can fix them.
 */
@Service
public class OwnMessageCheck {

    private final TemplateService templates;
    private final ClientCalendar calendar;

    public OwnMessageCheck(TemplateService templates, ClientCalendar calendar) {
        this.templates = templates;
        this.calendar = calendar;
    }

    /** The placeholders (names without braces, in order of appearance) that would be left unfilled; empty when none. */
    public List<String> unfilled(Client client) {
        if (client == null || (blank(client.customMessageBeforeDue()) && blank(client.customMessageDueDay()))) {
            return List.of();
        }
        Set<String> names = new LinkedHashSet<>();
        for (String body : new String[] {client.customMessageBeforeDue(), client.customMessageDueDay()}) {
            if (!blank(body)) {
                names.addAll(templates.render(body, ClientMessageData.of(client, calendar.today()),
                        templates.messageLocale()).unfilled());
            }
        }
        return List.copyOf(names);
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
