package com.botclientemanager.clients.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The payments of one version of {@code payments.json} summed by the month they were made and, within it, by the month
 * of the due date they paid. Built in one pass over the JSON tree without decoding whole payments, so a year of
 * payments of 100k clients (1.2M) is indexed in a fraction of a second and then answered in microseconds.
 */
public final class PaymentMonths {

    private final ObjectNode source;
    private final TreeMap<YearMonth, Month> months = new TreeMap<>();

    private PaymentMonths(ObjectNode source) {
        this.source = source;
    }

    public static PaymentMonths of(ObjectNode document) {
        PaymentMonths index = new PaymentMonths(document);
        JsonNode array = document.get(PaymentsDocument.PAYMENTS);
        if (array != null && array.isArray()) {
            for (JsonNode node : array) {
                if (node.isObject() && !Lenient.bool(node.get("undone"), false)) {
                    index.add(node);
                }
            }
        }
        return index;
    }

    /** True when this index was built from exactly this document version. */
    public boolean isOf(ObjectNode document) {
        return source == document;
    }

    /** Received by payment month, and paid by due month, over the payments made from {@code from} to {@code to}. */
    public void sum(YearMonth from, YearMonth to, Map<YearMonth, BigDecimal> received, Map<YearMonth, BigDecimal> byDue) {
        for (Map.Entry<YearMonth, Month> entry : months.subMap(from, true, to, true).entrySet()) {
            received.merge(entry.getKey(), entry.getValue().received, BigDecimal::add);
            entry.getValue().byDueMonth.forEach((month, amount) -> byDue.merge(month, amount, BigDecimal::add));
        }
    }

    private void add(JsonNode node) {
        LocalDate date = date(node.get("date"));
        BigDecimal amount = Lenient.decimal(node.get("amount"));
        if (date == null || amount == null) {
            return;
        }
        Month month = months.computeIfAbsent(YearMonth.from(date), m -> new Month());
        month.received = month.received.add(amount);
        LocalDate due = date(node.get("previous_due_date"));
        if (due != null) {
            month.byDueMonth.merge(YearMonth.from(due), amount, BigDecimal::add);
        }
    }

    /** "2026-11-27" read directly (what this app writes); anything else the lenient way. */
    static LocalDate date(JsonNode node) {
        if (node != null && node.isString()) {
            String text = node.stringValue();
            if (text.length() == 10 && text.charAt(4) == '-' && text.charAt(7) == '-') {
                int year = digits(text, 0, 4);
                int month = digits(text, 5, 7);
                int day = digits(text, 8, 10);
                if (year >= 0 && month >= 1 && month <= 12 && day >= 1 && day <= YearMonth.of(year, month).lengthOfMonth()) {
                    return LocalDate.of(year, month, day);
                }
            }
        }
        return Lenient.date(node);
    }

    private static int digits(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    private static final class Month {
        private BigDecimal received = BigDecimal.ZERO;
        private final Map<YearMonth, BigDecimal> byDueMonth = new HashMap<>();
    }
}
