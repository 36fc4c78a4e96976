package com.botclientemanager.clients.internal;

import com.botclientemanager.clients.Payment;
import com.botclientemanager.clients.PaymentMethod;
import com.botclientemanager.storage.StorageException;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The {@code {"payments": [...]}} document. Changes address payments by id (append when absent, mark undone by id), so
 * they can be applied again onto a newer version of the file. Reading is lenient: an unreadable field becomes null.
 */
public final class PaymentsDocument {

    static final String PAYMENTS = "payments";

    private PaymentsDocument() {
    }

    public static List<Payment> payments(ObjectNode document) {
        List<Payment> payments = new ArrayList<>();
        JsonNode array = document.get(PAYMENTS);
        if (array != null && array.isArray()) {
            for (JsonNode node : array) {
                String id = Lenient.text(node.get("id"));
                if (node.isObject() && id != null) {
                    payments.add(decode(id, node));
                }
            }
        }
        return payments;
    }

    /** The payments of one client, in file order; the others are not decoded. */
    public static List<Payment> paymentsOf(ObjectNode document, String clientId) {
        List<Payment> payments = new ArrayList<>();
        JsonNode array = document.get(PAYMENTS);
        if (array != null && array.isArray()) {
            for (JsonNode node : array) {
                String id = Lenient.text(node.get("id"));
                if (node.isObject() && id != null && clientId.equals(Lenient.text(node.get("client_id")))) {
                    payments.add(decode(id, node));
                }
            }
        }
        return payments;
    }

    /** Adds the payment unless the document already holds one with its id. */
    public static ObjectNode append(ObjectNode document, Payment payment) {
        ArrayNode array = array(document);
        for (JsonNode node : array) {
            if (payment.id().equals(Lenient.text(node.get("id")))) {
                return document;
            }
        }
        ObjectNode node = array.addObject();
        node.put("id", payment.id());
        node.put("client_id", payment.clientId());
        node.put("date", payment.date().toString());
        node.put("amount", payment.amount());
        node.put("method", payment.method().json());
        node.put("note", payment.note() == null ? "" : payment.note());
        node.put("previous_due_date", payment.previousDueDate() == null ? null : payment.previousDueDate().toString());
        node.put("new_due_date", payment.newDueDate().toString());
        node.put("created_at", payment.createdAt().toString());
        node.put("periods", payment.periods());
        if (payment.discount().signum() > 0) {
            node.put("discount", payment.discount());
        }
        if (payment.partial()) {
            node.put("partial", true);
        }
        if (payment.previousPaid().signum() > 0) {
            node.put("previous_paid", payment.previousPaid());
        }
        if (payment.previousValue() != null) {
            node.put("previous_value", payment.previousValue());
        }
        return document;
    }

    /** The ids of the payments the document holds. */
    static java.util.Set<String> ids(ObjectNode document) {
        java.util.Set<String> ids = new java.util.HashSet<>();
        JsonNode array = document.get(PAYMENTS);
        if (array != null && array.isArray()) {
            for (JsonNode node : array) {
                String id = Lenient.text(node.get("id"));
                if (id != null) {
                    ids.add(id);
                }
            }
        }
        return ids;
    }

    /** Adds copies of the stored payments (every field kept as it was) whose id the document does not hold yet. */
    static ObjectNode appendAll(ObjectNode document, List<ObjectNode> payments) {
        java.util.Set<String> present = ids(document);
        ArrayNode array = array(document);
        for (ObjectNode payment : payments) {
            if (present.add(Lenient.text(payment.get("id")))) {
                array.add(payment.deepCopy());
            }
        }
        return document;
    }

    /** Takes the payment {@code id} out again (its client could not be renewed, so it never counted). */
    public static ObjectNode remove(ObjectNode document, String id) {
        ArrayNode array = array(document);
        for (int i = array.size() - 1; i >= 0; i--) {
            if (id.equals(Lenient.text(array.get(i).get("id")))) {
                array.remove(i);
            }
        }
        return document;
    }

    /** Marks the payment {@code id} as undone: a changed copy takes its place, the stored one is left as it was. */
    public static ObjectNode markUndone(ObjectNode document, String id, LocalDateTime when) {
        ArrayNode array = array(document);
        for (int i = 0; i < array.size(); i++) {
            if (array.get(i) instanceof ObjectNode object && id.equals(Lenient.text(object.get("id")))) {
                ObjectNode undone = object.deepCopy();
                undone.put("undone", true);
                undone.put("undone_at", when.toString());
                array.set(i, undone);
            }
        }
        return document;
    }

    private static Payment decode(String id, JsonNode node) {
        BigDecimal amount = Lenient.decimal(node.get("amount"));
        return new Payment(id, Lenient.text(node.get("client_id")), Lenient.date(node.get("date")), amount,
                PaymentMethod.fromJson(Lenient.text(node.get("method"))), Lenient.text(node.get("note")),
                Lenient.date(node.get("previous_due_date")), Lenient.date(node.get("new_due_date")),
                Lenient.dateTime(node.get("created_at")), Lenient.bool(node.get("undone"), false),
                periods(Lenient.integer(node.get("periods"))), Lenient.decimal(node.get("discount")),
                Lenient.bool(node.get("partial"), false), Lenient.decimal(node.get("previous_paid")),
                Lenient.decimal(node.get("previous_value")));
    }

    /** Older files have no count: one period. */
    private static int periods(Integer stored) {
        return stored == null || stored < 1 ? 1 : Math.min(stored, 12);
    }

    private static ArrayNode array(ObjectNode document) {
        JsonNode payments = document.get(PAYMENTS);
        if (payments == null || payments.isNull()) {
            return document.putArray(PAYMENTS);
        }
        if (!payments.isArray()) {
            throw new StorageException("storage.error.malformed", "payments.json: \"payments\" is not a list");
        }
        return (ArrayNode) payments;
    }
}
