package com.botclientemanager.clients.internal;

import com.botclientemanager.storage.DamagedDocumentException;
import com.botclientemanager.storage.Document;
import com.botclientemanager.storage.DocumentStore;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Payments are kept one file per month they were recorded in ({@code payments/2026-11.json}, the
 * {@link Document#PAYMENTS} family): recording or undoing a payment rewrites only its month, and the months are read
 * newest first. A back-dated payment lives in the month it was recorded, so a month's revenue is found in that month's
 * file and the later ones.
 */
public final class PaymentMonthFiles {

    private static final YearMonth EARLIEST = YearMonth.from(ClientLimits.EARLIEST_DATE);
    private static final YearMonth LATEST = YearMonth.from(ClientLimits.LATEST_DATE);

    private PaymentMonthFiles() {
    }

    public static Document month(YearMonth month) {
        return Document.PAYMENTS.member(month.toString());
    }

    /**
     * A month file, or empty while it is damaged: the other months are still shown (the banner on every page names the
     * damaged file until it is restored).
     */
    public static Optional<ObjectNode> readable(DocumentStore store, YearMonth month) {
        try {
            return Optional.of(store.read(month(month)));
        } catch (DamagedDocumentException e) {
            return Optional.empty();
        }
    }

    /** The file of a payment recorded at {@code createdAt}. */
    public static YearMonth monthOf(LocalDateTime createdAt) {
        return YearMonth.from(createdAt);
    }

    /** The month file of a stored payment: when it was recorded, else its date, else the earliest month allowed. */
    static YearMonth monthOf(JsonNode payment) {
        LocalDateTime created = Lenient.dateTime(payment.get("created_at"));
        if (created != null && inRange(YearMonth.from(created))) {
            return YearMonth.from(created);
        }
        LocalDate date = Lenient.date(payment.get("date"));
        return date != null && inRange(YearMonth.from(date)) ? YearMonth.from(date) : EARLIEST;
    }

    private static boolean inRange(YearMonth month) {
        return !month.isBefore(EARLIEST) && !month.isAfter(LATEST);
    }

    /** The months that have a file, oldest first; a file with another name in the folder is not a month. */
    public static List<YearMonth> months(DocumentStore store) {
        List<YearMonth> months = new ArrayList<>();
        for (String key : store.members(Document.PAYMENTS)) {
            try {
                months.add(YearMonth.parse(key));
            } catch (DateTimeParseException e) {
                // not a month file
            }
        }
        months.sort(null);
        return months;
    }
}
