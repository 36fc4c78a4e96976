package com.botclientemanager.clients.internal;

import com.botclientemanager.clients.Client;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Period;
import tools.jackson.databind.JsonNode;

/**
 * The values a stored client or payment may hold. A document with a value beyond them is damaged (it is not loaded,
 * see {@link ClientsDocumentCheck}), and the app never writes one (see {@code ClientDirectory.saveAll}). The messages
 * {@code clients.damaged.*} and {@code payments.damaged.*} name these limits.
 */
public final class ClientLimits {

    /** The largest price or payment: what the form accepts (7 digits before the comma, 2 after). */
    public static final BigDecimal MAX_AMOUNT = new BigDecimal("9999999.99");
    /** Dates from here to {@link #LATEST_DATE}: four-digit years, what the seed app (Python) and ISO dates can hold. */
    public static final LocalDate EARLIEST_DATE = LocalDate.of(1900, 1, 1);
    public static final LocalDate LATEST_DATE = LocalDate.of(9999, 12, 31);
    /** The longest renewal period, in months or in days (the form's limit for days). */
    public static final int MAX_RENEWAL_MONTHS = 120;
    public static final int MAX_RENEWAL_DAYS = 3650;
    /** How much of a bad value a message quotes. */
    private static final int QUOTED = 40;

    private ClientLimits() {
    }

    /** Whether the app may store this client: every value it holds is within the limits. */
    public static boolean allows(Client client) {
        Period renewal = client.renewalPeriod();
        return (client.value() == null || amountAllowed(client.value()))
                && (client.dueDate() == null || dateAllowed(client.dueDate()))
                && (renewal == null || (renewal.toTotalMonths() <= MAX_RENEWAL_MONTHS && renewal.getDays() <= MAX_RENEWAL_DAYS));
    }

    static boolean amountAllowed(BigDecimal amount) {
        // compareTo looks at the exponent first: 1e999999999 is refused without being expanded
        return amount.signum() >= 0 && amount.compareTo(MAX_AMOUNT) <= 0;
    }

    static boolean dateAllowed(LocalDate date) {
        return !date.isBefore(EARLIEST_DATE) && !date.isAfter(LATEST_DATE);
    }

    /** A stored amount is fine when absent, blank, or a number from 0 to {@link #MAX_AMOUNT} ("NaN" is not). */
    static boolean storedAmountAllowed(JsonNode node) {
        if (absent(node)) {
            return true;
        }
        BigDecimal amount = Lenient.decimal(node);
        return amount != null && amountAllowed(amount);
    }

    /** A stored date is fine when absent, blank, or a date in the limits (a year of 99999 is not). */
    static boolean storedDateAllowed(JsonNode node) {
        if (absent(node)) {
            return true;
        }
        LocalDate date = Lenient.date(node);
        return date != null && dateAllowed(date);
    }

    /** A stored time is fine when absent, blank, or a time of day ("25:99" is not). */
    static boolean storedTimeAllowed(JsonNode node) {
        if (absent(node)) {
            return true;
        }
        LocalTime time = Lenient.time(node);
        return time != null;
    }

    /** A stored renewal length is fine when absent or not more than {@code max} (zero and less mean "not set"). */
    static boolean storedCountAllowed(JsonNode node, int max) {
        if (absent(node)) {
            return true;
        }
        BigDecimal count = Lenient.decimal(node);
        return count == null || count.compareTo(BigDecimal.valueOf(max)) <= 0;
    }

    private static boolean absent(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return true;
        }
        String text = Lenient.text(node);
        return text != null && text.isBlank();
    }

    /** The value as the file holds it, shortened for a message. */
    static String quoted(JsonNode node) {
        return shortened(node.isString() ? node.stringValue() : node.toString());
    }

    static String shortened(String text) {
        return text.length() > QUOTED ? text.substring(0, QUOTED) + "…" : text;
    }
}
