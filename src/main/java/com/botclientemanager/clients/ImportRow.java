package com.botclientemanager.clients;

/**
 * What importing one row of a file would do.
 *
 * @param line       the row's line in the file (header = 1) or its position in a JSON list (first = 1)
 * @param outcome    new client, update of an existing one, or error
 * @param client     the client that would be stored (null on error)
 * @param name       the row's name as written in the file (for the preview; shown as plain text)
 * @param errorKey   i18n key of the reason, when {@code outcome} is ERROR; its {0} is {@code errorValue}
 * @param errorValue the cell (or line) the reason names, may be null
 */
public record ImportRow(int line, Outcome outcome, Client client, String name, String errorKey, String errorValue) {

    public enum Outcome {
        NEW, UPDATE_BY_ID, UPDATE_BY_PHONE, ERROR;

        public String messageKey() {
            return "clients.import.outcome." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }

    static ImportRow error(int line, String name, String errorKey, String errorValue) {
        return new ImportRow(line, Outcome.ERROR, null, name, errorKey, errorValue);
    }

    public boolean valid() {
        return outcome != Outcome.ERROR;
    }
}
