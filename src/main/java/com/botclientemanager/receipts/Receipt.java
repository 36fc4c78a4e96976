package com.botclientemanager.receipts;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** One item of "Pagamentos a confirmar" with its messages and files, oldest first. */
public record Receipt(long id, String clientId, ReceiptSource source, LocalDate dueDate, BigDecimal amountDue,
        ReceiptStatus status, Instant createdAt, Instant decidedAt, String note, List<Part> parts) {

    public Receipt {
        parts = List.copyOf(parts);
    }

    /** A message or file of the item; {@code fileState} NONE (text only), FETCHING, STORED or FAILED. */
    /** After this long a file still being fetched is given up on screen (JobRunr's retries are over by then). */
    static final Duration FETCH_GIVE_UP = Duration.ofHours(1);

    public record Part(long id, String text, String fileState, String contentType, Long fileSize, Instant receivedAt) {

        public boolean image() {
            return "STORED".equals(fileState) && contentType != null && contentType.startsWith("image/");
        }

        public boolean pdf() {
            return "STORED".equals(fileState) && "application/pdf".equals(contentType);
        }

        /** The file is still being fetched from the provider (its retries take well under an hour). */
        public boolean arriving(Instant now) {
            return "FETCHING".equals(fileState) && receivedAt.isAfter(now.minus(FETCH_GIVE_UP));
        }

        /** The file was refused, or its fetch has not finished long after every retry should have. */
        public boolean fileMissing(Instant now) {
            return "FAILED".equals(fileState) || "FETCHING".equals(fileState) && !arriving(now);
        }
    }
}
