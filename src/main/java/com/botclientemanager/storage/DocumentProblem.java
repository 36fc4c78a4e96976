package com.botclientemanager.storage;

import java.util.List;
import java.util.Objects;

/**
 * Why a document is damaged: it does not parse, or it holds a value out of range. A damaged document is read-only and
 * nothing is planned from it until it is restored or fixed by hand.
 *
 * @param document   the document
 * @param messageKey i18n key of the problem in the admin's words; its {0}, {1}... are {@code arguments}
 * @param arguments  the values the message names (a line number, a client's id, the value found)
 * @param detail     the same in English for the log and the health endpoint (never holds a secret)
 */
public record DocumentProblem(Document document, String messageKey, List<String> arguments, String detail) {

    public DocumentProblem {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(messageKey, "messageKey");
        arguments = List.copyOf(arguments);
        Objects.requireNonNull(detail, "detail");
    }

    public static DocumentProblem of(Document document, String messageKey, String detail, Object... arguments) {
        return new DocumentProblem(document, messageKey,
                java.util.Arrays.stream(arguments).map(String::valueOf).toList(), detail);
    }
}
