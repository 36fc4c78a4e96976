package com.botclientemanager.clients.internal;

import com.botclientemanager.storage.Document;
import com.botclientemanager.storage.DocumentCheck;
import com.botclientemanager.storage.DocumentProblem;
import java.util.Optional;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The limits of {@code clients.json}, checked each time the store loads it: a price beyond {@link ClientLimits#MAX_AMOUNT},
 * negative or not a number, a due date outside {@link ClientLimits#EARLIEST_DATE}..{@link ClientLimits#LATEST_DATE} or
 * not a date, a reminder time that is not a time, a renewal period too long. Missing and blank values are fine (the
 * seed app's files have them); anything else a person or a tool wrote that the app cannot read is not.
 */
@Component
class ClientsDocumentCheck implements DocumentCheck {

    @Override
    public Document document() {
        return Document.CLIENTS;
    }

    @Override
    public Optional<DocumentProblem> check(ObjectNode content) {
        JsonNode clients = content.get(ClientsDocument.CLIENTS);
        if (clients == null || clients.isNull()) {
            return Optional.empty();
        }
        if (!clients.isArray()) {
            return Optional.of(DocumentProblem.of(Document.CLIENTS, "clients.damaged.not-a-list",
                    "\"clients\" is not a list"));
        }
        int position = 0;
        for (JsonNode node : clients) {
            position++;
            if (node instanceof ObjectNode client) {
                Optional<DocumentProblem> problem = check(client, position);
                if (problem.isPresent()) {
                    return problem;
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<DocumentProblem> check(ObjectNode client, int position) {
        JsonNode value = client.get(ClientCodec.VALUE);
        if (!ClientLimits.storedAmountAllowed(value)) {
            return problem(client, position, "clients.damaged.value", "value", value,
                    "a number from 0 to " + ClientLimits.MAX_AMOUNT.toPlainString());
        }
        JsonNode due = client.get(ClientCodec.PLAN_DURATION);
        if (!ClientLimits.storedDateAllowed(due)) {
            return problem(client, position, "clients.damaged.due-date", "due date", due,
                    "a date from " + ClientLimits.EARLIEST_DATE + " to " + ClientLimits.LATEST_DATE);
        }
        for (String field : new String[] {ClientCodec.REMINDER_3DAYS, ClientCodec.REMINDER_PAYMENT}) {
            JsonNode time = client.get(field);
            if (!ClientLimits.storedTimeAllowed(time)) {
                return problem(client, position, "clients.damaged.time", field, time, "a time from 00:00 to 23:59");
            }
        }
        JsonNode months = client.get(ClientCodec.RENEWAL_MONTHS);
        if (!ClientLimits.storedCountAllowed(months, ClientLimits.MAX_RENEWAL_MONTHS)) {
            return problem(client, position, "clients.damaged.renewal", "renewal months", months,
                    "at most " + ClientLimits.MAX_RENEWAL_MONTHS);
        }
        JsonNode days = client.get(ClientCodec.RENEWAL_DAYS);
        if (!ClientLimits.storedCountAllowed(days, ClientLimits.MAX_RENEWAL_DAYS)) {
            return problem(client, position, "clients.damaged.renewal", "renewal days", days,
                    "at most " + ClientLimits.MAX_RENEWAL_DAYS);
        }
        return Optional.empty();
    }

    /** Names the client by name for the admin (the banner), by position and id in the log and health details. */
    private static Optional<DocumentProblem> problem(ObjectNode client, int position, String key, String field,
            JsonNode value, String expected) {
        String id = ClientCodec.idOf(client);
        String name = Lenient.text(client.get(ClientCodec.NAME));
        String label = name == null || name.isBlank() ? id : name.strip();
        String quoted = ClientLimits.quoted(value);
        return Optional.of(DocumentProblem.of(Document.CLIENTS, key, "client " + position + " (id " + id + "): " + field
                + " " + quoted + " is not " + expected, ClientLimits.shortened(label), quoted));
    }
}
