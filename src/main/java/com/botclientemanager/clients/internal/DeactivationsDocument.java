package com.botclientemanager.clients.internal;

import com.botclientemanager.clients.AutoDeactivated;
import com.botclientemanager.storage.Document;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code deactivations.json}: {@code {"deactivations": [{"id", "client_id", "client_name", "due_date", "days_overdue",
 * "at", "undone_at"}]}}, oldest first. Entries are changed by id; one that does not read is skipped and kept.
 */
public final class DeactivationsDocument {

    public static final Document DOCUMENT = new Document("deactivations", null);
    private static final String LIST = "deactivations";

    private DeactivationsDocument() {
    }

    public static List<AutoDeactivated> all(ObjectNode document) {
        List<AutoDeactivated> entries = new ArrayList<>();
        if (document.get(LIST) instanceof ArrayNode array) {
            for (JsonNode node : array) {
                try {
                    entries.add(new AutoDeactivated(node.path("id").asString(""), node.path("client_id").asString(""),
                            node.path("client_name").asString(""), LocalDate.parse(node.path("due_date").asString("")),
                            node.path("days_overdue").asInt(), LocalDateTime.parse(node.path("at").asString("")),
                            node.hasNonNull("undone_at") ? LocalDateTime.parse(node.path("undone_at").asString("")) : null));
                } catch (DateTimeException | NullPointerException e) {
                    // an entry edited by hand into nonsense: left in the file, not shown
                }
            }
        }
        return entries;
    }

    public static ObjectNode add(ObjectNode document, List<AutoDeactivated> entries) {
        ArrayNode array = document.get(LIST) instanceof ArrayNode existing ? existing : document.putArray(LIST);
        for (AutoDeactivated entry : entries) {
            array.addObject().put("id", entry.id()).put("client_id", entry.clientId()).put("client_name", entry.clientName())
                    .put("due_date", entry.dueDate().toString()).put("days_overdue", entry.daysOverdue())
                    .put("at", entry.at().toString());
        }
        return document;
    }

    public static ObjectNode markUndone(ObjectNode document, String id, LocalDateTime at) {
        if (document.get(LIST) instanceof ArrayNode array) {
            for (JsonNode node : array) {
                if (node instanceof ObjectNode object && id.equals(object.path("id").asString(null))
                        && !object.hasNonNull("undone_at")) {
                    object.put("undone_at", at.toString());
                }
            }
        }
        return document;
    }
}
