package com.botclientemanager.clients;

import com.botclientemanager.access.AccessData;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What importing one row of a file would do.
 *
 * @param line     the row's line in the file (header = 1) or its position in a JSON list (first = 1)
 * @param outcome  new client, update of an existing one, or error
 * @param client   the client that would be stored (null on error)
 * @param name     the row's name as written in the file (for the preview; shown as plain text)
 * @param problems every reason the row cannot be imported, in column order (empty unless {@code outcome} is ERROR)
 * @param phone    the phone as read (digits with country code), null when missing or unreadable
 * @param value    the price as read, null when missing or unreadable
 * @param dueDate  the due date as read, null when missing or unreadable
 * @param access   the access data of the row's optional access columns, null when it has none
 */
public record ImportRow(int line, Outcome outcome, Client client, String name, List<Problem> problems, String phone,
        BigDecimal value, LocalDate dueDate, AccessData access) {

    public ImportRow {
        problems = List.copyOf(problems);
    }

    /** A row without access columns. */
    public ImportRow(int line, Outcome outcome, Client client, String name, List<Problem> problems, String phone,
            BigDecimal value, LocalDate dueDate) {
        this(line, outcome, client, name, problems, phone, value, dueDate, null);
    }

    public enum Outcome {
        NEW, UPDATE_BY_ID, UPDATE_BY_PHONE, ERROR;

        public String messageKey() {
            return "clients.import.outcome." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }

    /** One reason: an i18n key whose {0} is {@code value} (the cell or line it names, may be null). */
    public record Problem(String key, String value) {
    }

    static ImportRow error(int line, String name, String errorKey, String errorValue) {
        return new ImportRow(line, Outcome.ERROR, null, name, List.of(new Problem(errorKey, errorValue)), null, null, null);
    }

    public boolean valid() {
        return outcome != Outcome.ERROR;
    }

    /** The first reason's key, or null. */
    public String errorKey() {
        return problems.isEmpty() ? null : problems.getFirst().key();
    }

    /** The first reason's value, or null. */
    public String errorValue() {
        return problems.isEmpty() ? null : problems.getFirst().value();
    }
}
