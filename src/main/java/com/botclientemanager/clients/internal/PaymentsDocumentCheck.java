package com.botclientemanager.clients.internal;

import com.botclientemanager.storage.Document;
import com.botclientemanager.storage.DocumentCheck;
import com.botclientemanager.storage.DocumentProblem;
import java.util.Optional;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The limits of {@code payments.json}, checked each time the store loads it: an amount beyond
 * {@link ClientLimits#MAX_AMOUNT}, negative or not a number, or a date (paid on, due date before and after) outside
 * {@link ClientLimits#EARLIEST_DATE}..{@link ClientLimits#LATEST_DATE} or not a date. The dashboard sums these amounts.
 */
@Component
class PaymentsDocumentCheck implements DocumentCheck {

    private static final String[] DATES = {"date", "previous_due_date", "new_due_date"};

    @Override
    public Document document() {
        return Document.PAYMENTS;
    }

    @Override
    public Optional<DocumentProblem> check(ObjectNode content) {
        JsonNode payments = content.get(PaymentsDocument.PAYMENTS);
        if (payments == null || payments.isNull()) {
            return Optional.empty();
        }
        if (!payments.isArray()) {
            return Optional.of(DocumentProblem.of(Document.PAYMENTS, "payments.damaged.not-a-list",
                    "\"payments\" is not a list"));
        }
        int position = 0;
        for (JsonNode payment : payments) {
            position++;
            if (!payment.isObject()) {
                continue;
            }
            JsonNode amount = payment.get("amount");
            if (!ClientLimits.storedAmountAllowed(amount)) {
                return problem(payment, position, "payments.damaged.amount", "amount", amount,
                        "a number from 0 to " + ClientLimits.MAX_AMOUNT.toPlainString());
            }
            for (String field : DATES) {
                JsonNode date = payment.get(field);
                if (!ClientLimits.storedDateAllowed(date)) {
                    return problem(payment, position, "payments.damaged.date", field, date,
                            "a date from " + ClientLimits.EARLIEST_DATE + " to " + ClientLimits.LATEST_DATE);
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<DocumentProblem> problem(JsonNode payment, int position, String key, String field,
            JsonNode value, String expected) {
        String id = String.valueOf(Lenient.text(payment.get("id")));
        String quoted = ClientLimits.quoted(value);
        return Optional.of(DocumentProblem.of(Document.PAYMENTS, key, "payment " + position + " (id " + id + "): "
                + field + " " + quoted + " is not " + expected, position, quoted));
    }
}
