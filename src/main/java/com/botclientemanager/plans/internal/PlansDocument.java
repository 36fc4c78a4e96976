package com.botclientemanager.plans.internal;

import com.botclientemanager.plans.Plan;
import com.botclientemanager.plans.PlanService;
import com.botclientemanager.storage.Document;
import com.botclientemanager.storage.StorageException;
import java.math.BigDecimal;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The {@code {"plans": [...]}} document. A plan's duration is stored as {@code duration_months} or
 * {@code duration_days}. Changes address plans by id and keep fields this version does not know; reading is lenient
 * (a plan without id or name is skipped, an unreadable value falls back).
 */
public final class PlansDocument {

    public static final Document PLANS = new Document("plans", null);
    private static final String LIST = "plans";

    private PlansDocument() {
    }

    public static List<Plan> plans(ObjectNode document) {
        List<Plan> plans = new ArrayList<>();
        JsonNode array = document.get(LIST);
        if (array != null && array.isArray()) {
            for (JsonNode node : array) {
                String id = text(node.get("id"));
                String name = text(node.get("name"));
                if (node.isObject() && id != null && name != null) {
                    plans.add(new Plan(id, name, PlanService.of(text(node.get("service"))), decimal(node.get("price")),
                            duration(node), Math.max(1, node.path("screens").asInt(1)),
                            !node.has("active") || node.get("active").asBoolean(true)));
                }
            }
        }
        return plans;
    }

    /** Writes the plan over the stored one with its id (unknown fields kept), or appends it. */
    public static ObjectNode upsert(ObjectNode document, Plan plan) {
        ArrayNode array = array(document);
        ObjectNode node = null;
        for (JsonNode existing : array) {
            if (existing instanceof ObjectNode object && plan.id().equals(text(object.get("id")))) {
                node = object;
            }
        }
        if (node == null) {
            node = array.addObject();
            node.put("id", plan.id());
        }
        node.put("name", plan.name());
        node.put("service", plan.service().name());
        node.put("price", plan.price());
        Period duration = plan.duration().normalized();
        if (duration.getDays() == 0) {
            node.put("duration_months", (int) duration.toTotalMonths());
            node.remove("duration_days");
        } else {
            node.put("duration_days", duration.getDays());
            node.remove("duration_months");
        }
        node.put("screens", plan.screens());
        node.put("active", plan.active());
        return document;
    }

    private static Period duration(JsonNode node) {
        int months = node.path("duration_months").asInt(0);
        int days = node.path("duration_days").asInt(0);
        return months > 0 ? Period.ofMonths(months) : days > 0 ? Period.ofDays(days) : Period.ofMonths(1);
    }

    private static String text(JsonNode node) {
        return node == null || !node.isValueNode() || node.asString().isBlank() ? null : node.asString().strip();
    }

    private static BigDecimal decimal(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        try {
            return node.isNumber() ? node.decimalValue() : new BigDecimal(node.asString().strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static ArrayNode array(ObjectNode document) {
        JsonNode plans = document.get(LIST);
        if (plans == null || plans.isNull()) {
            return document.putArray(LIST);
        }
        if (!plans.isArray()) {
            throw new StorageException("storage.error.malformed", "plans.json: \"plans\" is not a list");
        }
        return (ArrayNode) plans;
    }
}
